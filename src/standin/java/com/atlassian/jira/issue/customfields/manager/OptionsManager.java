package com.atlassian.jira.issue.customfields.manager;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.config.FieldConfig;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; the three
 * methods from Jira's @PublicApi OptionsManager (jira-api copies, Jira 6.x-7.x; createOption with parentOptionId null
 * for a plain select list, as public plugins call it).
 */
public interface OptionsManager {
    Options getOptions(FieldConfig fieldConfig);

    Option createOption(FieldConfig fieldConfig, Long parentOptionId, Long sequence, String value);

    Option findByOptionId(Long optionId);
}
