package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.comments.Comment;

/** Immutable comment snapshot. */
public final class SandboxComment implements Comment {

    private final JiraData.CommentRow row;

    SandboxComment(JiraData.CommentRow row) {
        this.row = row;
    }

    @Override
    public Long getId() {
        return row.id();
    }

    @Override
    public String getBody() {
        return row.body();
    }

    public Long getIssueId() {
        return row.issueId();
    }

    public String getAuthorKey() {
        return row.author();
    }

    public String getCreated() {
        return row.created();
    }
}
