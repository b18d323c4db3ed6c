package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import java.util.List;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it;
 * getIdAsLong() and getConfigurationSchemes() from Jira's CustomField interface (Jira 6.x-8.x jira-api copies;
 * getConfigurationSchemes() called on 11.3.6 by S-TI CustomFieldProvisioner); getName() is declared on
 * {@code com.atlassian.jira.issue.fields.Field} in real Jira, which CustomField extends.
 */
public interface CustomField extends ConfigurableField {
    Long getIdAsLong();

    String getName();

    List<FieldConfigScheme> getConfigurationSchemes();
}
