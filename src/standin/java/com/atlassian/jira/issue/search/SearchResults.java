package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; {@code SearchResults<T>} as returned by {@code SearchService.search} since Jira 8
 * (generic form in Jira Software 11.1 javadoc, {@code SearchResults<Issue>}; constructor used by public plugin mocks).
 */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int totalCount, int maxResults, int startIndex) {
        this.results = List.copyOf(results);
        this.total = totalCount;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
