package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; the domain-level issue search Jira 11 names as the entry point for plugins
 * ("Migrating from Lucene to Search API", confluence ADMINJIRASERVER); the ApplicationUser signature as called by
 * Jira 8-era plugin code (docs/jira-fidelity.md); Jira Software 11.1's own wrapper (greenhopper SearchServiceImpl)
 * shows only that {@code SearchResults<Issue>} and {@code Query} still exist on 11. Applies the searcher's permissions,
 * issue security included.
 */
public interface SearchService {
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;
}
