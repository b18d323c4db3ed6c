package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.Map;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it. The handle
 * passed from {@code CustomFieldManager#getCustomFieldType} to {@code createCustomField} (S-TI, Jira 11.3.6), and the
 * members of {@code CustomFieldType<T, S>} (@PublicApi @PublicSpi; S-J63 {@code customfields/CustomFieldType.java},
 * reference §3) that the plugin's calculated "Gains" type implements and Jira (the sandbox) calls to show a field:
 * {@code getValueFromIssue} (T, the transport object; may be null), the string form of the singular object S, and
 * {@code getVelocityParameters} (issue may be null). The interface's many other members are not declared here.
 */
public interface CustomFieldType<T, S> {

    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;

    T getValueFromIssue(CustomField field, Issue issue);

    Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem);
}
