package com.atlassian.jira.issue.customfields;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it: an opaque
 * handle passed from {@code CustomFieldManager#getCustomFieldType} to {@code createCustomField} (S-TI, Jira 11.3.6);
 * the real interface {@code CustomFieldType<T, S>} (S-J63) has many members, none of which the plugin calls.
 */
public interface CustomFieldType<T, S> {
}
