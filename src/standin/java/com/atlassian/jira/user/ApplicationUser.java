package com.atlassian.jira.user;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; signatures seen in Jira 11.3 plugin code (alanmosely/basic-jira-development-panels 2.1.0, testit-tms/jira-plugin) and Jira 6.3+ jira-api.
 */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
