package no.veikart.roadmap.reporting.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import org.junit.Before;
import org.junit.Test;

public class CadenceServiceTest {
    private static final Actor ADMIN = new Actor("admin", "admin", "Ada", Locale.ENGLISH);
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.ENGLISH);
    private static final InitiativeRef A = new InitiativeRef(1, 101, "DEMO-1", "DEMO", List.of(), "INSIGHT");
    private static final InitiativeRef B = new InitiativeRef(2, 102, "DEMO-2", "DEMO", List.of(), "INSIGHT");
    private static final InitiativeRef HALTED = new InitiativeRef(3, 103, "DEMO-3", "DEMO", List.of(), "PILOTING");
    private static final InitiativeRef HIDDEN = new InitiativeRef(4, 104, "DEMO-4", "DEMO", List.of(), "INSIGHT");
    /** Monday 7 December 2026: the 5th working day, so November's reports are due today. */
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final InMemoryStatusReports reports = new InMemoryStatusReports();
    private final Map<String, ReportingCadence> stored = new HashMap<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private CadenceService service;

    @Before
    public void setUp() {
        when(lookup.findInProject(any(), eq("DEMO"))).thenReturn(List.of(A, B, HALTED, HIDDEN));
        when(access.canBrowseProject(any(), eq("DEMO"))).thenReturn(true);
        for (InitiativeRef r : List.of(A, B, HALTED)) {
            when(access.canBrowseIssue(any(), eq(r.issueId()))).thenReturn(true);
        }
        when(access.isJiraAdmin(ADMIN)).thenReturn(true);
        CadenceRepository repo = new CadenceRepository() {
            @Override
            public Map<String, ReportingCadence> find(Collection<String> projectKeys) {
                Map<String, ReportingCadence> out = new HashMap<>(stored);
                out.keySet().retainAll(projectKeys);
                return out;
            }

            @Override
            public ReportingCadence save(String projectKey, int day, long expectedVersion) {
                long current = stored.containsKey(projectKey) ? stored.get(projectKey).version() : 0;
                if (current != expectedVersion) {
                    throw RoadmapException.Conflict.staleVersion();
                }
                ReportingCadence c = new ReportingCadence(projectKey, day, current + 1);
                stored.put(projectKey, c);
                return c;
            }
        };
        InitiativeSummaryReader summaries = new InitiativeSummaryReader() {
            @Override
            public void inProjects(Collection<String> projectKeys, java.util.function.Consumer<InitiativeSummary> sink) {
                sink.accept(InitiativeSummary.empty(3).withInitiative(103, "DEMO-3", "DEMO", "Halted", "PILOTING", "HALTED"));
                sink.accept(InitiativeSummary.empty(1).withInitiative(101, "DEMO-1", "DEMO", "A", "INSIGHT", "ACTIVE"));
            }

            @Override
            public void ofIssues(Collection<Long> issueIds, java.util.function.Consumer<InitiativeSummary> sink) {
            }
        };
        service = new CadenceService(repo, reports, lookup, summaries, access, Clock.fixed(NOW, ZoneOffset.UTC), audit::add);
    }

    private void published(long initiativeId, YearMonth period) {
        StatusReport r = reports.create(initiativeId, period, Map.of(), null);
        reports.publish(r.id(), "member", NOW, r.version());
    }

    @Test
    public void listsWhatIsDueOrOverdueOfWhatTheCallerMayBrowse() {
        published(1, YearMonth.of(2026, 11));
        published(2, YearMonth.of(2026, 9));
        List<OverdueReport> overdue = service.overdue(MEMBER, List.of("DEMO"));
        assertEquals(1, overdue.size());
        OverdueReport b = overdue.get(0);
        assertEquals("DEMO-2", b.initiative().issueKey());
        assertEquals(YearMonth.of(2026, 11), b.period());
        assertEquals(LocalDate.of(2026, 12, 7), b.dueDate());
        assertEquals(0, b.daysOverdue());
        assertEquals(YearMonth.of(2026, 9), b.lastPublished());
    }

    @Test
    public void aLaterCadenceDayIsNotDueYetAndCountsFromTheEarlierMonth() {
        stored.put("DEMO", new ReportingCadence("DEMO", 10, 1));
        published(1, YearMonth.of(2026, 10));
        List<OverdueReport> overdue = service.overdue(MEMBER, List.of("DEMO"));
        // October's report was due on the 10th working day of November (Fri 13th): DEMO-1 has it, DEMO-2 not.
        assertEquals(List.of("DEMO-2"), overdue.stream().map(o -> o.initiative().issueKey()).toList());
        assertEquals(LocalDate.of(2026, 11, 13), overdue.get(0).dueDate());
        assertEquals(24, overdue.get(0).daysOverdue());
    }

    @Test
    public void onlyAdminsSetTheCadenceWithAValidDay() {
        assertThrows(RoadmapException.Forbidden.class, () -> service.save(MEMBER, "DEMO", "3", 0));
        for (String bad : new String[] {"", "x", "0", "24", "-1"}) {
            RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, () -> service.save(ADMIN, "DEMO", bad, 0));
            assertEquals(CadenceService.FIELD_DAY, e.errors().get(0).field());
        }
        ReportingCadence saved = service.save(ADMIN, "DEMO", " 3 ", 0);
        assertEquals(3, saved.dueWorkingDay());
        assertEquals("reporting.cadence", audit.get(0).action());
        assertEquals("3", audit.get(0).details().get("dueWorkingDay"));
        assertThrows(RoadmapException.Conflict.class, () -> service.save(ADMIN, "DEMO", "4", 0));
        assertThrows(RoadmapException.NotFound.class, () -> service.save(ADMIN, "HIDDEN", "4", 0));
        assertTrue(service.cadences(List.of("DEMO", "HELSE")).get(1).version() == 0);
    }
}
