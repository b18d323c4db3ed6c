package com.atlassian.jira.issue.customfields;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it: an opaque
 * handle passed from {@code CustomFieldManager#getCustomFieldSearcher} to {@code createCustomField} (S-TI, Jira 11.3.6).
 */
public interface CustomFieldSearcher {
}
