package no.veikart.roadmap.portfolio.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import org.junit.Test;

/** The features' sections: computed once for the initiatives counted, only when asked for, and cached with the rest. */
public class PortfolioSectionsTest {
    private static final Actor MEMBER = new Actor("member-key", "member", "Member", Locale.ENGLISH);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** Counts the initiatives it is given and remembers every call. */
    private static final class Counting implements PortfolioSection {
        final String name;
        final List<List<PortfolioInitiative>> calls = new ArrayList<>();

        Counting(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Object figures(List<PortfolioInitiative> initiatives, LocalDate today) {
            calls.add(List.copyOf(initiatives));
            return new Figures(initiatives.size(), today.toString(),
                    initiatives.stream().map(PortfolioInitiative::issueKey).toList());
        }
    }

    record Figures(int count, String today, List<String> keys) {
    }

    private final Counting risks = new Counting("risks");
    private final Counting pilots = new Counting("pilots");
    private final AccessControl access = mock(AccessControl.class);
    private final List<PortfolioCacheCall> cacheCalls = new ArrayList<>();

    record PortfolioCacheCall(String key) {
    }

    private PortfolioService service() {
        InitiativeSummaryReader rows = new InitiativeSummaryReader() {
            @Override
            public void inProjects(java.util.Collection<String> projectKeys, Consumer<InitiativeSummary> sink) {
                sink.accept(row(1, 101, "DEMO-1", "DEMO"));
                sink.accept(row(2, 102, "DEMO-2", "DEMO"));
            }

            @Override
            public void ofIssues(java.util.Collection<Long> issueIds, Consumer<InitiativeSummary> sink) {
                sink.accept(row(1, 101, "DEMO-1", "DEMO"));
                sink.accept(row(3, 103, "SECRET-1", "SECRET"));
            }
        };
        when(access.canBrowseProject(MEMBER, "DEMO")).thenReturn(true);
        return new PortfolioService(rows, mock(GainRepository.class), access, (key, compute) -> {
            cacheCalls.add(new PortfolioCacheCall(key));
            return compute.get();
        }, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC),
                (actor, id, limit) -> java.util.Optional.empty(), new PortfolioSections(List.of(risks, pilots)));
    }

    private static InitiativeSummary row(long id, long issueId, String key, String project) {
        return InitiativeSummary.empty(id).withInitiative(issueId, key, project, "Initiative " + key, "PILOTING",
                "ACTIVE");
    }

    @Test
    public void everySectionGetsTheInitiativesCountedWhenNoneAreNamed() {
        Portfolio p = service().portfolio(MEMBER, PortfolioQuery.parse("DEMO", null, null, null));
        assertEquals(List.of("risks", "pilots"), List.copyOf(p.sections().keySet()));
        assertEquals(new Figures(2, "2026-11-25", List.of("DEMO-1", "DEMO-2")), p.sections().get("risks"));
        PortfolioInitiative first = risks.calls.get(0).get(0);
        assertEquals(new PortfolioInitiative(1, 101, "DEMO-1", "DEMO", "Initiative DEMO-1", "PILOTING", "ACTIVE"), first);
    }

    @Test
    public void onlyTheNamedSectionsAreComputedAndAnEmptyListComputesNone() {
        PortfolioService service = service();
        Portfolio p = service.portfolio(MEMBER, PortfolioQuery.parse("DEMO", null, null, "pilots"));
        assertEquals(List.of("pilots"), List.copyOf(p.sections().keySet()));
        assertTrue(risks.calls.isEmpty());
        Portfolio none = service.portfolio(MEMBER, PortfolioQuery.parse("DEMO", null, null, ""));
        assertTrue(none.sections().isEmpty());
        assertEquals(1, pilots.calls.size());
        // Different sections, different cached figures.
        assertEquals(2, cacheCalls.stream().map(PortfolioCacheCall::key).distinct().count());
    }

    @Test
    public void anUnknownSectionIsA400NamingTheField() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> service().portfolio(MEMBER, PortfolioQuery.parse("DEMO", null, null, "pilots,<b>x")));
        assertEquals("sections", e.errors().get(0).field());
    }

    @Test
    public void aSavedFiltersSectionsCountOnlyItsInitiativesTheCallerMayBrowse() {
        PortfolioService service = service();
        Portfolio p = service.compute(List.of("DEMO"), PortfolioQuery.parse(null, null, null, "risks"), TODAY,
                new long[] {101, 103});
        assertEquals(new Figures(1, "2026-11-25", List.of("DEMO-1")), p.sections().get("risks"));
    }

    @Test
    public void namesMustBeUniqueAndNotTheGadgetsOwn() {
        assertThrows(IllegalArgumentException.class,
                () -> new PortfolioSections(List.of(new Counting("risks"), new Counting("risks"))));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioSections(List.of(new Counting("gains"))));
        assertThrows(IllegalArgumentException.class, () -> new PortfolioSections(List.of(new Counting("a b"))));
    }
}
