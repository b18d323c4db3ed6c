package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

/**
 * An issue snapshot, as Jira hands out: a fresh object per look-up, so {@link #setSummary} changes only this
 * object (the stand-ins have no IssueManager#updateIssue, so nothing can store it).
 */
public final class SandboxIssue implements MutableIssue {

    private final Long id;
    private final String key;
    private final Project project;
    private final IssueType issueType;
    private final Long parentId;
    private final String description;
    private final String status;
    private final String reporter;
    private final String assignee;
    private final String created;
    private String summary;

    @SuppressWarnings("TooManyParameters")
    SandboxIssue(Long id, String key, Project project, IssueType issueType, String summary, String description,
            Long parentId, String status, String reporter, String assignee, String created) {
        this.id = id;
        this.key = key;
        this.project = project;
        this.issueType = issueType;
        this.summary = summary;
        this.description = description;
        this.parentId = parentId;
        this.status = status;
        this.reporter = reporter;
        this.assignee = assignee;
        this.created = created;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public void setSummary(String summary) {
        this.summary = summary;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Long getProjectId() {
        return project == null ? null : project.getId();
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public IssueType getIssueType() {
        return issueType;
    }

    @Override
    public Long getParentId() {
        return parentId;
    }

    @Override
    public boolean isSubTask() {
        return issueType != null && issueType.isSubTask();
    }

    @Override
    public com.atlassian.jira.issue.status.Status getStatus() {
        String name = status;
        return () -> name;
    }

    /** Status name (the sandbox has no workflows: every issue is "To Do"). */
    public String getStatusName() {
        return status;
    }

    @Override
    public String getAssigneeId() {
        return assignee;
    }

    @Override
    public String getReporterId() {
        return reporter;
    }

    public String getReporterKey() {
        return reporter;
    }

    public String getAssigneeKey() {
        return assignee;
    }

    public String getCreated() {
        return created;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SandboxIssue && id != null && id.equals(((SandboxIssue) o).id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }

    @Override
    public String toString() {
        return key == null ? "(new issue)" : key;
    }
}
