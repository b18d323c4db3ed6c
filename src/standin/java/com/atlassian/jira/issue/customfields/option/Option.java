package com.atlassian.jira.issue.customfields.option;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it;
 * getOptionId() and getValue() of Jira's custom field Option (jira-api copies; since 6.2 declared on
 * {@code SimpleOption}, which Option extends).
 */
public interface Option {
    Long getOptionId();

    String getValue();
}
