package no.veikart.roadmap.platform.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.portfolio.domain.SavedFilters;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class JiraSavedFiltersTest {
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);

    private final SearchRequestService requests = mock(SearchRequestService.class);
    private final SearchService search = mock(SearchService.class);
    private final ApplicationUser user = mock(ApplicationUser.class);
    private final Query query = mock(Query.class);
    private JiraSavedFilters filters;
    private List<Issue> found;

    @Before
    public void setUp() throws SearchException {
        JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
        when(auth.getLoggedInUser()).thenReturn(user);
        when(user.getKey()).thenReturn("viewer");
        filters = new JiraSavedFilters(requests, search, new JiraUsers(auth));
        when(requests.getFilter(any(JiraServiceContext.class), eq(10000L)))
                .thenReturn(new SearchRequest(query, user, "Welfare tech", null, 10000L, 1));
        Project demo = project("DEMO");
        Project helse = project("HELSE");
        found = new ArrayList<>();
        LongStream.range(0, 2500).forEach(i -> found.add(issue(i, i % 2 == 0 ? demo : helse)));
        when(search.search(eq(user), eq(query), any(PagerFilter.class))).thenAnswer(call -> {
            PagerFilter<?> pager = call.getArgument(2);
            int from = Math.min(pager.getStart(), found.size());
            int to = Math.min(from + pager.getMax(), found.size());
            return new SearchResults<>(found.subList(from, to), found.size(), pager.getMax(), from);
        });
    }

    @Test
    public void readsEveryPageAsTheCallerAndKeepsIdsAndProjects() throws SearchException {
        SavedFilters.Matches m = filters.matches(VIEWER, 10000, 10_000).orElseThrow();
        assertEquals("Welfare tech", m.name());
        assertEquals(2500, m.total());
        assertEquals(2500, m.issueIds().size());
        assertTrue(m.issueIds().contains(2499L));
        assertEquals(Set.of("DEMO", "HELSE"), m.projectKeys());
        assertTrue(m.complete());
        ArgumentCaptor<PagerFilter> pages = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times(3)).search(eq(user), eq(query), pages.capture());
        assertEquals(List.of(0, 1000, 2000), pages.getAllValues().stream().map(PagerFilter::getStart).toList());
    }

    @Test
    public void stopsAfterTheFirstPageWhenTheFilterFindsTooMany() throws SearchException {
        SavedFilters.Matches m = filters.matches(VIEWER, 10000, 2000).orElseThrow();
        assertEquals(2500, m.total());
        assertFalse(m.complete());
        verify(search, times(1)).search(any(), any(), any());
    }

    @Test
    public void anUnknownOrUnsharedFilterIsEmptyAndNothingIsSearched() throws SearchException {
        assertEquals(Optional.empty(), filters.matches(VIEWER, 4242, 10_000));
        verify(search, never()).search(any(), any(), any());
    }

    @Test
    public void aFailingSearchIsAnErrorOnFilterIdNamingTheFilter() throws SearchException {
        when(search.search(any(), any(), any())).thenThrow(new SearchException("broken JQL"));
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> filters.matches(VIEWER, 10000, 10_000));
        assertEquals("filterId", e.errors().get(0).field());
        assertEquals(List.of("Welfare tech"), e.errors().get(0).args());
    }

    private static Project project(String key) {
        Project p = mock(Project.class);
        when(p.getKey()).thenReturn(key);
        return p;
    }

    private static Issue issue(long id, Project project) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getProjectObject()).thenReturn(project);
        return issue;
    }
}
