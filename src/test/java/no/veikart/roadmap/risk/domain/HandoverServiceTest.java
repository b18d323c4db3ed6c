package no.veikart.roadmap.risk.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import org.junit.Before;
import org.junit.Test;

public class HandoverServiceTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.ENGLISH);
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 100, "DEMO-1", "DEMO", List.of("TRANSITION_TO_OPERATIONS"),
            "TRANSITION_TO_OPERATIONS");

    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final GainPlan gains = mock(GainPlan.class);
    private final HandoverRepository repository = mock(HandoverRepository.class);
    private final Map<Long, Handover> stored = new HashMap<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private HandoverService service;

    @Before
    public void setUp() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        when(access.canBrowseIssue(any(), eq(100L))).thenReturn(true);
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        when(repository.find(anyLong())).thenAnswer(inv -> Optional.ofNullable(stored.get((long) inv.getArgument(0))));
        when(repository.save(any(), anyLong())).thenAnswer(inv -> {
            Handover h = inv.getArgument(0);
            long expected = inv.getArgument(1);
            if (stored.getOrDefault(h.initiativeId(), Handover.empty(h.initiativeId())).version() != expected) {
                throw RoadmapException.Conflict.staleVersion();
            }
            Handover saved = new Handover(h.initiativeId(), h.meetingDate(), h.operationsOwner(), h.finalReport(),
                    h.gainPlanReviewed(), h.riskAnalysisReviewed(), h.participants(), h.learningPoints(), h.outcome(), expected + 1);
            stored.put(h.initiativeId(), saved);
            return saved;
        });
        when(gains.gains(any(), eq("DEMO-1"))).thenReturn(List.of(
                new GainPlan.GainFact("Care hours", "Mette", "MONTHLY", null, false)));
        service = new HandoverService(repository, lookup, access, gains, key -> "member".equals(key) ? "Mette" : null, audit::add);
    }

    private static HandoverDraft draft(Boolean gainPlan, String owner, String outcome, Long version) {
        return new HandoverDraft("2026-11-30", owner, "Final report in Confluence", gainPlan, true, "Leder, drift", null,
                outcome, version);
    }

    private static List<String> fields(RoadmapException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void aCompleteHandoverIsSavedAuditedAndDone() {
        HandoverService.HandoverState s = service.save(MEMBER, "DEMO-1", draft(true, "member", "handed_over", 0L));
        assertTrue(s.handover().done());
        assertEquals(1, s.handover().version());
        assertEquals("handover.outcome", audit.get(0).action());
        assertEquals("HANDED_OVER", audit.get(0).details().get("outcome"));
    }

    @Test
    public void theGainPlanTickIsCheckedAgainstTheGains() {
        when(gains.gains(any(), eq("DEMO-1"))).thenReturn(List.of(new GainPlan.GainFact("Care hours", "Mette", "MONTHLY", null, false),
                new GainPlan.GainFact("Falls", null, "MONTHLY", null, false)));
        RoadmapException e = assertThrows(RoadmapException.Invalid.class,
                () -> service.save(MEMBER, "DEMO-1", draft(true, "member", null, 0L)));
        assertEquals(List.of("gainPlanReviewed"), fields(e));
        assertEquals("Falls", e.errors().get(0).args().get(0).toString());
        when(gains.gains(any(), eq("DEMO-1"))).thenReturn(List.of());
        assertEquals(List.of("gainPlanReviewed"), fields(assertThrows(RoadmapException.Invalid.class,
                () -> service.save(MEMBER, "DEMO-1", draft(true, "member", null, 0L)))));
        assertTrue(stored.isEmpty());
    }

    @Test
    public void handedOverNeedsEveryItemAndTheOwnerMustBeAJiraUser() {
        RoadmapException e = assertThrows(RoadmapException.Invalid.class,
                () -> service.save(MEMBER, "DEMO-1", draft(false, null, "HANDED_OVER", 0L)));
        assertEquals(List.of("operationsOwner", "gainPlanReviewed"), fields(e));
        assertEquals(List.of("operationsOwner"), fields(assertThrows(RoadmapException.Invalid.class,
                () -> service.save(MEMBER, "DEMO-1", draft(false, "nobody", null, 0L)))));
        HandoverService.HandoverState pending = service.save(MEMBER, "DEMO-1", draft(false, null, null, 0L));
        assertEquals(HandoverOutcome.PENDING, pending.handover().outcome());
        assertEquals(List.of("operationsOwner", "gainPlanReviewed"), pending.handover().missingItems());
    }

    @Test
    public void viewersReadAndStaleSavesAreRefused() {
        assertEquals(0, service.get(VIEWER, "DEMO-1").handover().version());
        assertThrows(RoadmapException.Forbidden.class, () -> service.save(VIEWER, "DEMO-1", draft(false, null, null, 0L)));
        service.save(MEMBER, "DEMO-1", draft(false, null, null, 0L));
        assertThrows(RoadmapException.Conflict.class, () -> service.save(MEMBER, "DEMO-1", draft(false, null, "NOT_READY", 0L)));
        assertEquals(List.of("version"), fields(assertThrows(RoadmapException.Invalid.class,
                () -> service.save(MEMBER, "DEMO-1", draft(false, null, null, null)))));
    }
}
