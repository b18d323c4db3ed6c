package com.atlassian.jira.project;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; {@code Project#getId/getKey/getName} are stable since Jira 5 (S-J63 jira-api; used by testit-tms/jira-plugin on 11.3.6).
 */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
