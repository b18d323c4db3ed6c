package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; DOCS jira/server SubTaskManager (ApplicationUser signature); throws clause from S-J63.
 */
public interface SubTaskManager {
    void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser) throws CreateException;

    boolean isSubTasksEnabled();

    void enableSubTasks();
}
