package com.atlassian.jira.issue;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; Jira 6.3 jira-api {@code issue/IssueInputParameters.java} (S-J63); builder methods return this.
 */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters setAssigneeId(String assigneeId);

    Long getProjectId();

    String getIssueTypeId();

    String getSummary();

    String getDescription();

    String getReporterId();
}
