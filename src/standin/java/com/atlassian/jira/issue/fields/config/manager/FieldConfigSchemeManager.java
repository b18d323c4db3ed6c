package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.fields.ConfigurableField;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; both methods
 * as called by testit-tms/jira-plugin {@code CustomFieldProvisioner} on Jira 11.3.6 (S-TI) and declared in the
 * jira-api FieldConfigSchemeManager interface (Jira 6.x-8.x copies): updateFieldConfigScheme replaces the scheme's
 * contexts and keeps its field configs (and so a select field's options).
 */
public interface FieldConfigSchemeManager {
    FieldConfigScheme createDefaultScheme(ConfigurableField field, List<JiraContextNode> contexts);

    FieldConfigScheme updateFieldConfigScheme(FieldConfigScheme newScheme, List<JiraContextNode> contexts,
            ConfigurableField field);
}
