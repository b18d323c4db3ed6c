package com.atlassian.jira.issue.search;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; a saved filter. Jira 6.x+ jira-api {@code issue/search/SearchRequest.java}
 * (constructor with query, owner, name, description, id, favourite count; getters unchanged since 6.0).
 */
public class SearchRequest {
    private final Query query;
    private final ApplicationUser owner;
    private final String name;
    private final String description;
    private final Long id;

    public SearchRequest(Query query, ApplicationUser owner, String name, String description, Long id,
            long favouriteCount) {
        this.query = query;
        this.owner = owner;
        this.name = name;
        this.description = description;
        this.id = id;
    }

    public Query getQuery() {
        return query;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public ApplicationUser getOwner() {
        return owner;
    }
}
