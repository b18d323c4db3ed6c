package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.issuetype.IssueType;

/** Immutable issue type snapshot. */
public final class SandboxIssueType implements IssueType {

    private final JiraData.IssueTypeRow row;

    SandboxIssueType(JiraData.IssueTypeRow row) {
        this.row = row;
    }

    @Override
    public String getId() {
        return row.id();
    }

    @Override
    public String getName() {
        return row.name();
    }

    @Override
    public String getDescription() {
        return row.description();
    }

    @Override
    public boolean isSubTask() {
        return row.subTask();
    }

    public Long getAvatarId() {
        return row.avatarId();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssueType && row.id().equals(((IssueType) o).getId());
    }

    @Override
    public int hashCode() {
        return row.id().hashCode();
    }

    @Override
    public String toString() {
        return row.name();
    }
}
