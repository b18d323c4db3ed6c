package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.HashMap;
import java.util.Map;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it:
 * {@code @PublicSpi public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S>} (jira-api
 * source copies in public code, Jira 6.x-7.x; still the base of {@link CalculatedCFType} in the Jira Software 10.6
 * Javadoc, docs.atlassian.com/jira-software/10.6.0/.../RankCFType.html). Real Jira's default velocity parameters hold
 * {@code issueGv}; the plugin overrides the method and never calls this one. init(descriptor), getKey(), getName()
 * and the other implemented members are not declared here: the plugin calls none of them.
 */
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return new HashMap<>();
    }
}
