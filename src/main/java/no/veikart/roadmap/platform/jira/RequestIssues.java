package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import java.util.Optional;
import no.veikart.roadmap.common.domain.RequestScope;

/**
 * Jira issues read at most once per request: the issue view hands over the issue its context already holds
 * ({@link #remember}), and permission checks and key lookups of the same request reuse it instead of reloading.
 */
public class RequestIssues {
    private final IssueManager issueManager;
    private final RequestScope.Memo<Long, Optional<Issue>> byId;
    private final RequestScope.Memo<String, Optional<Issue>> byKey;

    public RequestIssues(IssueManager issueManager, RequestScope scope) {
        this.issueManager = issueManager;
        this.byId = scope.memo("issue.byId");
        this.byKey = scope.memo("issue.byKey");
    }

    public Optional<Issue> byId(long id) {
        return byId.get(id, () -> remembered(issueManager.getIssueObject(id)));
    }

    public Optional<Issue> byKey(String key) {
        return byKey.get(key, () -> remembered(issueManager.getIssueObject(key)));
    }

    /** An issue the caller already holds (a web fragment's context), for the rest of the request. */
    public void remember(Issue issue) {
        remembered(issue);
    }

    /** After issues were created or removed in this request. */
    public void forget() {
        byId.clear();
        byKey.clear();
    }

    private Optional<Issue> remembered(Issue issue) {
        if (issue != null && issue.getId() != null && issue.getKey() != null) {
            byId.get(issue.getId(), () -> Optional.of(issue));
            byKey.get(issue.getKey(), () -> Optional.of(issue));
        }
        return Optional.ofNullable(issue);
    }
}
