package com.atlassian.jira.issue.customfields.option;

import java.util.List;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it;
 * {@code public interface Options extends List<Option>} (@PublicApi, jira-api copies). Only iterated.
 */
public interface Options extends List<Option> {
}
