package com.atlassian.jira.issue.context;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it: the element
 * type of the contexts passed to {@code createCustomField} and {@code updateFieldConfigScheme} (S-TI on 11.3.6);
 * extends {@link IssueContext} as in jira-api (6.x-7.x copies). No own member is called.
 */
public interface JiraContextNode extends IssueContext {
}
