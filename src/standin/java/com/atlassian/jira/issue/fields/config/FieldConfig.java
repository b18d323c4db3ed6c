package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it: an opaque
 * handle from {@link FieldConfigScheme#getOneAndOnlyConfig()} to {@code OptionsManager} (Jira 6.x jira-api; the same
 * calls appear in public plugins for Jira 7-9). No member is called.
 */
public interface FieldConfig {
}
