package no.veikart.roadmap.portfolio.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import org.junit.Before;
import org.junit.Test;

/** The portfolio of a saved filter: only the initiatives whose issues the filter finds for the caller. */
public class PortfolioFilterTest {
    private static final Actor VIEWER = new Actor("viewer-key", "viewer", "Viewer", Locale.ENGLISH);

    private final InitiativeSummaryReader source = mock(InitiativeSummaryReader.class);
    private final AccessControl access = mock(AccessControl.class);
    private final SavedFilters filters = mock(SavedFilters.class);
    private final Map<String, Portfolio> cached = new HashMap<>();
    private PortfolioService service;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        PortfolioCache cache = new PortfolioCache() {
            @Override
            public Portfolio get(String key, Supplier<Portfolio> compute) {
                return cached.computeIfAbsent(key, k -> compute.get());
            }
        };
        service = new PortfolioService(source, mock(GainRepository.class), access, cache,
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC), filters);
        when(access.canBrowseProject(VIEWER, "DEMO")).thenReturn(true);
        List<InitiativeSummary> rows = List.of(row(1, 10001, "DEMO-1", "DEMO", "One", "INSIGHT"),
                row(2, 10002, "DEMO-2", "DEMO", "Two", "PILOTING"), row(3, 10003, "DEMO-3", "DEMO", "Three", "PILOTING"),
                row(4, 20001, "HELSE-1", "HELSE", "Four", "INSIGHT"));
        doAnswer(call -> {
            Collection<Long> issues = call.getArgument(0);
            Consumer<InitiativeSummary> sink = call.getArgument(1);
            rows.stream().filter(r -> issues.contains(r.issueId())).forEach(sink);
            return null;
        }).when(source).ofIssues(any(), any(Consumer.class));
        doAnswer(call -> {
            Collection<String> projects = call.getArgument(0);
            Consumer<InitiativeSummary> sink = call.getArgument(1);
            rows.stream().filter(r -> projects.contains(r.projectKey())).forEach(sink);
            return null;
        }).when(source).inProjects(any(), any(Consumer.class));
    }

    private static InitiativeSummary row(long id, long issueId, String key, String project, String summary,
            String phase) {
        return InitiativeSummary.empty(id).withInitiative(issueId, key, project, summary, phase, "ACTIVE");
    }

    private void filterFinds(long id, Set<Long> issues, Set<String> projects) {
        when(filters.matches(eq(VIEWER), eq(id), anyInt())).thenReturn(Optional.of(
                new SavedFilters.Matches(id, "Piloting in Demo", issues, projects, issues.size())));
    }

    @Test
    public void countsOnlyTheInitiativesTheFilterFinds() {
        // 10009 is a phase issue: found by the filter, but no initiative of its own.
        filterFinds(10000, Set.of(10002L, 10003L, 10009L), Set.of("DEMO"));
        Portfolio p = service.portfolio(VIEWER, PortfolioQuery.parse(null, "DKK", "10000"));
        assertEquals(2, p.initiatives());
        assertEquals(new Portfolio.Filter(10000, "Piloting in Demo"), p.filter());
        assertEquals(List.of("DEMO"), p.projects());
        Portfolio.PhaseCount piloting = p.phases().stream().filter(c -> c.phaseKey().equals("PILOTING")).findFirst()
                .orElseThrow();
        assertEquals(List.of("DEMO-2", "DEMO-3"), piloting.issueKeys().keys().stream().sorted().toList());
    }

    @Test
    public void projectsOfFoundIssuesTheCallerMayNotBrowseAreLeftOut() {
        filterFinds(10000, Set.of(10001L, 20001L), Set.of("DEMO", "HELSE"));
        Portfolio p = service.portfolio(VIEWER, PortfolioQuery.parse(null, null, "10000"));
        assertEquals(List.of("DEMO"), p.projects());
        assertEquals(1, p.initiatives());
    }

    @Test
    public void aChangedResultOfTheFilterIsNotAnsweredFromTheCache() {
        filterFinds(10000, Set.of(10001L), Set.of("DEMO"));
        assertEquals(1, service.portfolio(VIEWER, PortfolioQuery.parse(null, null, "10000")).initiatives());
        filterFinds(10000, Set.of(10001L, 10002L), Set.of("DEMO"));
        assertEquals(2, service.portfolio(VIEWER, PortfolioQuery.parse(null, null, "10000")).initiatives());
        filterFinds(10000, Set.of(10001L), Set.of("DEMO"));
        assertEquals(1, service.portfolio(VIEWER, PortfolioQuery.parse(null, null, "10000")).initiatives());
        assertEquals(2, cached.size());
    }

    @Test
    public void aMissingOrHiddenFilterIsAnErrorOnFilterId() {
        when(filters.matches(any(), anyLong(), anyInt())).thenReturn(Optional.empty());
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> service.portfolio(VIEWER, PortfolioQuery.parse(null, null, "424242")));
        FieldError error = e.errors().get(0);
        assertEquals("filterId", error.field());
        assertEquals("roadmap.portfolio.error.filterNotFound", error.key());
        assertEquals(List.of("424242"), error.args());
        verify(source, never()).ofIssues(any(), any());
    }

    @Test
    public void aFilterFindingMoreThanTheLimitIsRefusedNotTruncated() {
        when(filters.matches(VIEWER, 10000L, PortfolioService.MAX_FILTER_ISSUES)).thenReturn(Optional.of(
                new SavedFilters.Matches(10000, "Everything", Set.of(), Set.of(), 25_000)));
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> service.portfolio(VIEWER, PortfolioQuery.parse(null, null, "10000")));
        assertEquals("roadmap.portfolio.error.filterTooLarge", e.errors().get(0).key());
        assertEquals(List.of("Everything", 25_000, PortfolioService.MAX_FILTER_ISSUES), e.errors().get(0).args());
        verify(source, never()).ofIssues(any(), any());
    }

    @Test
    public void projectsWithoutAFilterAreCountedAsBefore() {
        Portfolio p = service.portfolio(VIEWER, PortfolioQuery.parse("DEMO", null, null));
        assertEquals(3, p.initiatives());
        assertNull(p.filter());
        verify(filters, never()).matches(any(), anyLong(), anyInt());
    }

    @Test
    public void filterIdsAreWholeNumbersAndNotCombinedWithProjects() {
        assertEquals(Long.valueOf(10000), PortfolioQuery.parse("", null, " 10000 ").filterId());
        for (String bad : List.of("abc", "-1", "0", "1.5", "12345678901234567890")) {
            RoadmapException.Invalid e = assertThrows(bad, RoadmapException.Invalid.class,
                    () -> PortfolioQuery.parse(null, null, bad));
            assertEquals("filterId", e.errors().get(0).field());
            assertEquals("roadmap.portfolio.error.filterId", e.errors().get(0).key());
        }
        RoadmapException.Invalid both = assertThrows(RoadmapException.Invalid.class,
                () -> PortfolioQuery.parse("DEMO", null, "10000"));
        assertEquals("roadmap.portfolio.error.filterAndProjects", both.errors().get(0).key());
    }
}
