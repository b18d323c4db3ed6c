package com.atlassian.query;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; atlassian-query {@code com.atlassian.query.Query} (Jira 6.3 source S-J63; parameter of
 * {@code SearchService.search} in Jira Software 11.1 javadoc, SearchServiceImpl). Only the JQL text is declared.
 */
public interface Query {
    String getQueryString();
}
