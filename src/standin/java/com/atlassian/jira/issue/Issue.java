package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; Jira 6.3 jira-api {@code issue/Issue.java} (S-J63); getKey/getProjectObject/getIssueType used by Jira 11.3 plugins.
 */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    Long getProjectId();

    Project getProjectObject();

    IssueType getIssueType();

    Long getParentId();

    boolean isSubTask();

    /** Jira 6.3 jira-api {@code issue/Issue.java} (S-J63). */
    Status getStatus();

    /** The assignee's user key, null when unassigned. Jira 6.3 jira-api {@code issue/Issue.java} (S-J63). */
    String getAssigneeId();

    /** The reporter's user key. Jira 6.3 jira-api {@code issue/Issue.java} (S-J63). */
    String getReporterId();
}
