package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.portfolio.domain.SavedFilters;

/**
 * Runs a saved filter through Jira's {@code SearchService} as the caller, a page at a time, and keeps only issue ids
 * and project keys. The filter itself is fetched with {@code SearchRequestService.getFilter}, which answers null when
 * the filter does not exist or is not shared with the caller.
 */
public class JiraSavedFilters implements SavedFilters {
    static final int PAGE = 1000;

    private final SearchRequestService filters;
    private final SearchService search;
    private final JiraUsers users;

    public JiraSavedFilters(SearchRequestService filters, SearchService search, JiraUsers users) {
        this.filters = filters;
        this.search = search;
        this.users = users;
    }

    @Override
    public Optional<Matches> matches(Actor actor, long filterId, int limit) {
        ApplicationUser user = users.userOf(actor);
        SearchRequest filter = filters.getFilter(new JiraServiceContextImpl(user), filterId);
        if (filter == null) {
            return Optional.empty();
        }
        Set<Long> issueIds = new HashSet<>();
        Set<String> projectKeys = new HashSet<>();
        int total = 0;
        try {
            for (int start = 0; start == 0 || start < Math.min(total, limit); start += PAGE) {
                SearchResults<Issue> page = search.search(user, filter.getQuery(),
                        new PagerFilter<>(start, Math.min(PAGE, limit - start)));
                total = page.getTotal();
                if (total > limit) {
                    break; // refused by the caller as too large: no point reading further pages
                }
                for (Issue issue : page.getResults()) {
                    issueIds.add(issue.getId());
                    projectKeys.add(issue.getProjectObject().getKey());
                }
                if (page.getResults().isEmpty()) {
                    break;
                }
            }
        } catch (SearchException e) {
            throw new RoadmapException.Invalid(List.of(FieldError.of("filterId", "roadmap.portfolio.error.filterFailed",
                    filter.getName())));
        }
        return Optional.of(new Matches(filterId, filter.getName(), issueIds, projectKeys, total));
    }
}
