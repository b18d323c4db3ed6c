package com.atlassian.jira.bc.filter;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; jira-api {@code bc/filter/SearchRequestService.java} (@PublicApi since 3.13; getFilter returns
 * null, with an error in the context, when the filter does not exist or the user may not see it).
 */
public interface SearchRequestService {
    Collection<SearchRequest> getFavouriteFilters(ApplicationUser user);

    SearchRequest getFilter(JiraServiceContext serviceCtx, Long filterId);
}
