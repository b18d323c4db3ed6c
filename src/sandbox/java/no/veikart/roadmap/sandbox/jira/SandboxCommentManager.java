package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Comments; like Jira's manager it checks no permission (the service layer must). */
public final class SandboxCommentManager implements CommentManager {

    private final JiraStore store;
    private final Clock clock;

    public SandboxCommentManager(JiraStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent) {
        Objects.requireNonNull(issue, "issue");
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("Comment body must not be empty");
        }
        return store.write(d -> {
            if (JiraViews.issue(d, issue.getId()).isEmpty()) {
                throw new IllegalArgumentException("Issue does not exist: " + issue);
            }
            JiraData.CommentRow row = new JiraData.CommentRow(d.nextCommentId++, issue.getId(),
                    author == null ? null : author.getKey(), body, Instant.now(clock).toString());
            d.comments.add(row);
            return new SandboxComment(row);
        });
    }

    /** Host pages: an issue's comments, oldest first. */
    public List<SandboxComment> commentsOf(Long issueId) {
        return store.read(d -> d.comments.stream()
                .filter(c -> issueId != null && c.issueId() == issueId)
                .map(SandboxComment::new)
                .collect(Collectors.toList()));
    }
}
