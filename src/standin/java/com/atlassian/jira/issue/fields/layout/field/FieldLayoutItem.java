package com.atlassian.jira.issue.fields.layout.field;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it: a parameter
 * type of {@code CustomFieldType#getVelocityParameters(Issue, CustomField, FieldLayoutItem)} (package from S-J63
 * imports and Jira's CustomFieldTypeModuleDescriptor sources, reference §3); may be null. No member is called.
 */
public interface FieldLayoutItem {
}
