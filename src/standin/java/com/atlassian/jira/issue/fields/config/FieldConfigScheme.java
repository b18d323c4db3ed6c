package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; S-J63 issue/fields/config/FieldConfigScheme (getId/getName).
 */
public interface FieldConfigScheme {
    Long getId();

    String getName();
}
