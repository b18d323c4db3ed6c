package no.veikart.roadmap.portfolio.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.Currency;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import org.junit.Before;
import org.junit.Test;

public class PortfolioServiceTest {
    private static final Actor MEMBER = new Actor("member-key", "member", "Member", Locale.ENGLISH);
    private static final Actor VIEWER = new Actor("viewer-key", "viewer", "Viewer", Locale.ENGLISH);

    private final InitiativeSummaryReader source = mock(InitiativeSummaryReader.class);
    private final AccessControl access = mock(AccessControl.class);
    private final Map<String, Portfolio> cached = new HashMap<>();
    private final PortfolioCache cache = new PortfolioCache() {
        @Override
        public Portfolio get(String key, Supplier<Portfolio> compute) {
            return cached.computeIfAbsent(key, k -> compute.get());
        }
    };
    private PortfolioService service;

    @Before
    public void setUp() {
        service = new PortfolioService(source, mock(GainRepository.class), access, cache,
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        when(access.canBrowseProject(MEMBER, "DEMO")).thenReturn(true);
        when(access.canBrowseProject(MEMBER, "HELSE")).thenReturn(true);
        when(access.canBrowseProject(VIEWER, "DEMO")).thenReturn(true);
        when(access.browsableProjects(VIEWER)).thenReturn(List.of("DEMO"));
    }

    @Test
    public void onlyTheProjectsTheCallerMayBrowseAreQueried() {
        Portfolio p = service.portfolio(VIEWER, PortfolioQuery.parse("demo, HELSE,SECRET", "dkk"));
        assertEquals(List.of("DEMO"), p.projects());
        assertEquals(Currency.DKK, p.currency());
        verify(source).inProjects(any(), any());
        verify(source, never()).inProjects(org.mockito.ArgumentMatchers.argThat(c -> c.contains("HELSE")), any());
    }

    @Test
    public void withoutProjectsEveryBrowsableProject() {
        assertEquals(List.of("DEMO"), service.portfolio(VIEWER, PortfolioQuery.parse(null, null)).projects());
    }

    @Test
    public void nobodyMayAskAnonymously() {
        assertThrows(RoadmapException.NotAuthenticated.class,
                () -> service.portfolio(null, PortfolioQuery.parse("DEMO", null)));
    }

    @Test
    public void noBrowsableProjectMeansNoQueryAndZeros() {
        Portfolio p = service.portfolio(VIEWER, PortfolioQuery.parse("HELSE", null));
        assertEquals(0, p.initiatives());
        verify(source, never()).inProjects(anyCollection(), any());
        verify(source, never()).ofIssues(anyCollection(), any());
    }

    @Test
    public void cachedPerUserAndQuestion() {
        Portfolio first = service.portfolio(MEMBER, PortfolioQuery.parse("DEMO,HELSE", "DKK"));
        Portfolio again = service.portfolio(MEMBER, PortfolioQuery.parse("DEMO,HELSE", "DKK"));
        assertSame(first, again);
        service.portfolio(MEMBER, PortfolioQuery.parse("DEMO,HELSE", "NOK"));
        Portfolio viewers = service.portfolio(VIEWER, PortfolioQuery.parse("DEMO,HELSE", "DKK"));
        assertEquals(List.of("DEMO"), viewers.projects());
        verify(source, times(3)).inProjects(anyCollection(), any());
    }

    @Test
    public void parametersAreCheckedAndNamed() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> PortfolioQuery.parse("DEMO,<script>", "GBP"));
        assertEquals(List.of("projects", "currency"), e.errors().stream().map(f -> f.field()).toList());
    }
}
