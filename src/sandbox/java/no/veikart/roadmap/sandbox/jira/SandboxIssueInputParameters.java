package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.IssueInputParameters;

/** Plain holder for the create form values. */
public final class SandboxIssueInputParameters implements IssueInputParameters {

    private Long projectId;
    private String issueTypeId;
    private String summary;
    private String description;
    private String reporterId;
    private String assigneeId;

    @Override
    public IssueInputParameters setProjectId(Long projectId) {
        this.projectId = projectId;
        return this;
    }

    @Override
    public IssueInputParameters setIssueTypeId(String issueTypeId) {
        this.issueTypeId = issueTypeId;
        return this;
    }

    @Override
    public IssueInputParameters setSummary(String summary) {
        this.summary = summary;
        return this;
    }

    @Override
    public IssueInputParameters setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public IssueInputParameters setReporterId(String reporterId) {
        this.reporterId = reporterId;
        return this;
    }

    @Override
    public IssueInputParameters setAssigneeId(String assigneeId) {
        this.assigneeId = assigneeId;
        return this;
    }

    @Override
    public Long getProjectId() {
        return projectId;
    }

    @Override
    public String getIssueTypeId() {
        return issueTypeId;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String getReporterId() {
        return reporterId;
    }

    public String getAssigneeId() {
        return assigneeId;
    }
}
