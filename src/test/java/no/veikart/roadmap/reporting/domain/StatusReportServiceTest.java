package no.veikart.roadmap.reporting.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.AnchoringFacts;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.GainFacts;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.PhaseFacts;
import org.junit.Before;
import org.junit.Test;

public class StatusReportServiceTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.forLanguageTag("nb"));
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);
    private static final Actor OUTSIDER = new Actor("outsider", "outsider", "Otto", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 100, "DEMO-1", "DEMO", List.of("ANCHORING", "INSIGHT"),
            "INSIGHT");
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final List<AuditEvent> audit = new ArrayList<>();
    private final AtomicInteger changes = new AtomicInteger();
    private final InMemoryStatusReports repository = new InMemoryStatusReports();
    private GainFacts gains = new GainFacts(2, 1, 0);
    private StatusReportService service;

    @Before
    public void setUp() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        when(access.canBrowseIssue(MEMBER, 100)).thenReturn(true);
        when(access.canBrowseIssue(VIEWER, 100)).thenReturn(true);
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        StatusSignals signals = new StatusSignals((a, k) -> new PhaseFacts(false, "INSIGHT", 1, 6, 0), (a, k) -> gains,
                (a, k) -> new AnchoringFacts(4, List.of("POLITICAL")), (a, k) -> Optional.empty());
        service = new StatusReportService(repository, lookup, access, signals, Clock.fixed(NOW, ZoneOffset.UTC), audit::add,
                changes::incrementAndGet);
    }

    private static StatusReportDraft draft(String period, String risks, String comment) {
        return new StatusReportDraft(period, null, null, null, null, risks, comment);
    }

    @Test
    public void aNewDraftIsPrefilledWithTheSuggestionsAndRisksStayOpenWithoutData() {
        StatusReport r = service.create(MEMBER, "DEMO-1", draft("2026-11", null, null));
        assertEquals(ReportState.DRAFT, r.state());
        assertEquals(TrafficLight.GREEN, r.light(Aspect.PHASE));
        assertEquals(TrafficLight.RED, r.light(Aspect.GAINS));
        assertEquals(TrafficLight.AMBER, r.light(Aspect.ANCHORING));
        assertEquals(TrafficLight.RED, r.light(Aspect.OVERALL));
        assertNull(r.light(Aspect.RISKS));
        assertEquals(List.of("reporting.create"), audit.stream().map(AuditEvent::action).toList());
        assertEquals(0, changes.get());
    }

    @Test
    public void readersSeeReportsOnlyEditorsWriteAndHiddenInitiativesAre404() {
        StatusReportOverview o = service.overview(VIEWER, "DEMO-1");
        assertFalse(o.editable());
        assertEquals("2026-11", o.nextPeriod());
        assertThrows(RoadmapException.Forbidden.class, () -> service.create(VIEWER, "DEMO-1", draft("2026-11", null, null)));
        assertThrows(RoadmapException.NotFound.class, () -> service.overview(OUTSIDER, "DEMO-1"));
        assertThrows(RoadmapException.NotFound.class, () -> service.create(OUTSIDER, "DEMO-1", draft("2026-11", null, null)));
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.overview(null, "DEMO-1"));
        assertTrue(service.overview(MEMBER, "DEMO-1").editable());
    }

    @Test
    public void publishingNeedsEveryLightThenTheReportNeverChanges() {
        StatusReport r = service.create(MEMBER, "DEMO-1", draft("2026-11", null, null));
        RoadmapException open = assertThrows(RoadmapException.Invalid.class,
                () -> service.publish(MEMBER, "DEMO-1", r.id(), r.version()));
        assertEquals("risks", open.errors().get(0).field());

        StatusReport filled = service.update(MEMBER, "DEMO-1", r.id(),
                new StatusReportDraft("2026-11", "RED", "GREEN", "RED", "AMBER", "AMBER", "Ventetid på leverandør"), r.version());
        assertThrows(RoadmapException.Conflict.class, () -> service.publish(MEMBER, "DEMO-1", r.id(), r.version()));
        StatusReport published = service.publish(MEMBER, "DEMO-1", r.id(), filled.version());
        assertEquals(ReportState.PUBLISHED, published.state());
        assertEquals("member", published.publishedBy());
        assertEquals(NOW, published.publishedAt());
        assertEquals(1, changes.get());
        assertEquals("reporting.publish", audit.get(audit.size() - 1).action());
        assertEquals("RED", audit.get(audit.size() - 1).details().get("overall"));

        RoadmapException again = assertThrows(RoadmapException.Conflict.class,
                () -> service.update(MEMBER, "DEMO-1", r.id(), draft("2026-11", "GREEN", null), published.version()));
        assertEquals("roadmap.reporting.error.published", again.errors().get(0).key());
        assertThrows(RoadmapException.Conflict.class, () -> service.publish(MEMBER, "DEMO-1", r.id(), published.version()));
        assertEquals(published, repository.find(r.id()).orElseThrow());
        assertEquals("2026-12", service.overview(VIEWER, "DEMO-1").nextPeriod());
    }

    @Test
    public void theOverrideRuleIsCheckedAgainstTodaysDataWhenPublishing() {
        gains = new GainFacts(2, 0, 0);
        StatusReport r = service.create(MEMBER, "DEMO-1", new StatusReportDraft("2026-11", "AMBER", "GREEN", "GREEN", "AMBER",
                "GREEN", null));
        gains = new GainFacts(2, 2, 0);
        RoadmapException e = assertThrows(RoadmapException.Invalid.class,
                () -> service.publish(MEMBER, "DEMO-1", r.id(), r.version()));
        assertEquals("comment", e.errors().get(0).field());
        assertEquals(ReportState.DRAFT, repository.find(r.id()).orElseThrow().state());
    }

    @Test
    public void oneReportPerMonthAndReportsOfOtherInitiativesAre404() {
        StatusReport r = service.create(MEMBER, "DEMO-1", draft("2026-11", null, null));
        RoadmapException taken = assertThrows(RoadmapException.Conflict.class,
                () -> service.create(MEMBER, "DEMO-1", draft("2026-11", null, null)));
        assertEquals("roadmap.reporting.error.periodTaken", taken.errors().get(0).key());
        StatusReport foreign = repository.create(99, YearMonth.of(2026, 11), java.util.Map.of(), null);
        assertThrows(RoadmapException.NotFound.class,
                () -> service.update(MEMBER, "DEMO-1", foreign.id(), draft("2026-10", null, null), foreign.version()));
        assertThrows(RoadmapException.Invalid.class,
                () -> service.update(MEMBER, "DEMO-1", r.id(), draft("2026-10", null, null), null));
    }
}
