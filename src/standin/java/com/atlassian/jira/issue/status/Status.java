package com.atlassian.jira.issue.status;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; Status extends
 * IssueConstant in real Jira (getName there); Jira 6.3 jira-api {@code issue/status/Status.java} (S-J63).
 */
public interface Status {
    String getName();
}
