package com.atlassian.jira.issue.issuetype;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; IssueType extends IssueConstant in real Jira (getId/getName/getDescription there); DOCS jira 7.1.7 IssueType; used in testit-tms/jira-plugin (Jira 11.3.6).
 */
public interface IssueType {
    String getId();

    String getName();

    String getDescription();

    boolean isSubTask();
}
