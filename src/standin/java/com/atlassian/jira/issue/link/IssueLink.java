package com.atlassian.jira.issue.link;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; Jira 6.3 jira-api {@code issue/link/IssueLink.java} (S-J63).
 */
public interface IssueLink {
    Long getId();

    Long getSourceId();

    Long getDestinationId();

    Long getLinkTypeId();
}
