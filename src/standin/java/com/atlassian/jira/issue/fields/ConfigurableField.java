package com.atlassian.jira.issue.fields;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it: the parameter
 * type of {@code FieldConfigSchemeManager#updateFieldConfigScheme(FieldConfigScheme, List, ConfigurableField)}, which
 * {@link CustomField} extends (Jira 6.x-8.x jira-api sources; used with a CustomField by S-TI on 11.3.6). No member is called.
 */
public interface ConfigurableField {
}
