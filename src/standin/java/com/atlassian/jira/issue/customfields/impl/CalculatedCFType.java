package com.atlassian.jira.issue.customfields.impl;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it:
 * {@code @PublicSpi public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S>}, "a
 * CustomFieldType which is calculated rather than set" (docs.atlassian.com/jira/latest/com/atlassian/jira/issue/
 * customfields/impl/CalculatedCFType.html; jira-api source copy in public code; Jira Software 10.6's RankCFType extends
 * it). Real Jira implements the storage members as no-ops (createValue, updateValue, remove, default value, changelog,
 * no configuration items); subclasses implement getValueFromIssue, getStringFromSingularObject and
 * getSingularObjectFromString, as the mailru groovy plugin's {@code JqlFunctionCFType} does.
 */
public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {
}
