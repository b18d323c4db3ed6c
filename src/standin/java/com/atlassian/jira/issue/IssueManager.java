package com.atlassian.jira.issue;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; getIssueObject(String)/(Long) used in Jira 11.3 code (alanmosely 2.1.0, testit-tms/jira-plugin).
 */
public interface IssueManager {
    /** Since Jira 6.0 (S-J63); deletes without firing an issue-deleted event or checking permissions. */
    void deleteIssueNoEvent(Issue issue) throws com.atlassian.jira.exception.RemoveException;

    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);
}
