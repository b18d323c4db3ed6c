package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Jira's saved filters and issue search for the sandbox, kept in {@code jira-state.json}: {@link SearchRequestService}
 * (a filter is visible to its owner, and to every logged-in user when shared) and {@link SearchService} over the JQL
 * subset of {@link SandboxJql}, newest first, only issues the searcher may browse, paged by the {@link PagerFilter}.
 */
public final class SandboxFilters implements SearchRequestService, SearchService {
    /** Jira's message when a gadget's or URL's filter is gone or no longer shared. */
    public static final String NOT_AVAILABLE = "The selected filter is not available to you, perhaps it has been deleted or "
            + "had its permissions changed.";

    private final JiraStore store;
    private final SandboxCustomFields fields;
    private final PermissionManager permissions;
    private final SandboxUsers users;

    public SandboxFilters(JiraStore store, SandboxCustomFields fields, PermissionManager permissions,
            SandboxUsers users) {
        this.store = store;
        this.fields = fields;
        this.permissions = permissions;
        this.users = users;
    }

    /** The JQL of a filter, as Jira's {@code QueryImpl} carries it. */
    public record JqlQuery(String jql) implements Query {
        @Override
        public String getQueryString() {
            return jql;
        }
    }

    /**
     * Saves a filter owned by {@code owner}, a favourite of the owner (as Jira does) and of {@code alsoFavouriteOf};
     * the JQL must parse.
     */
    public JiraData.FilterRow create(String owner, String name, String description, String jql, boolean shared,
            String... alsoFavouriteOf) {
        SandboxJql.parse(jql);
        List<String> favourites = new ArrayList<>(List.of(owner));
        favourites.addAll(List.of(alsoFavouriteOf));
        return store.write(d -> {
            JiraData.FilterRow row = new JiraData.FilterRow(d.nextFilterId++, name, description, owner, jql, shared,
                    favourites);
            d.filters.add(row);
            return row;
        });
    }

    /** The filters {@code user} may see, by id. */
    public List<JiraData.FilterRow> visibleTo(ApplicationUser user) {
        return store.read(d -> d.filters.stream().filter(f -> visible(f, user)).toList());
    }

    @Override
    public Collection<SearchRequest> getFavouriteFilters(ApplicationUser user) {
        return visibleTo(user).stream().filter(f -> f.favouriteOf().contains(user.getUsername()))
                .map(this::request).toList();
    }

    @Override
    public SearchRequest getFilter(JiraServiceContext serviceCtx, Long filterId) {
        ApplicationUser user = serviceCtx.getLoggedInApplicationUser();
        Optional<JiraData.FilterRow> row = store.read(d -> d.filters.stream()
                .filter(f -> f.id() == filterId && visible(f, user)).findFirst());
        if (row.isEmpty()) {
            serviceCtx.getErrorCollection().getErrorMessages().add(NOT_AVAILABLE);
            return null;
        }
        return request(row.get());
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        List<SandboxIssue> found;
        try {
            found = fields.search(query.getQueryString(),
                    issue -> permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher));
        } catch (SandboxJql.JqlException e) {
            throw new SearchException(e.getMessage());
        }
        int from = Math.min(pager.getStart(), found.size());
        int to = (int) Math.min((long) from + pager.getMax(), found.size());
        return new SearchResults<>(List.<Issue>copyOf(found.subList(from, to)), found.size(), pager.getMax(), from);
    }

    private SearchRequest request(JiraData.FilterRow f) {
        return new SearchRequest(new JqlQuery(f.jql()), users.byName(f.owner()).orElse(null), f.name(),
                f.description(), f.id(), f.favouriteOf().size());
    }

    private static boolean visible(JiraData.FilterRow f, ApplicationUser user) {
        return user != null && (f.shared() || f.owner().equals(user.getUsername()));
    }
}
