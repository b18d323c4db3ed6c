package no.veikart.roadmap.risk.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.DataChanges;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import org.junit.Before;
import org.junit.Test;

public class RiskServiceTest {
    private static final List<String> PHASES = List.of("ANCHORING", "TRANSITION_TO_OPERATIONS");
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.forLanguageTag("da"));
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);
    private static final Actor OUTSIDER = new Actor("outsider", "outsider", "Otto", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 100, "DEMO-1", "DEMO", PHASES, "TRANSITION_TO_OPERATIONS");
    private static final InitiativeRef DEMO_2 = new InitiativeRef(2, 200, "DEMO-2", "DEMO", PHASES, "ANCHORING");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final MeasureIssues issues = mock(MeasureIssues.class);
    private final InMemoryRisks repository = new InMemoryRisks();
    private final List<AuditEvent> audit = new ArrayList<>();
    private int changes;
    private RiskService service;

    @Before
    public void setUp() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        when(lookup.find(any(), eq("DEMO-2"))).thenReturn(Optional.of(DEMO_2));
        for (Actor a : List.of(MEMBER, VIEWER)) {
            when(access.canBrowseIssue(a, 100)).thenReturn(true);
            when(access.canBrowseIssue(a, 200)).thenReturn(true);
        }
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        when(access.canEditIssue(MEMBER, 200)).thenReturn(true);
        DataChanges counted = () -> changes++;
        service = new RiskService(repository, lookup, access, issues, RiskSettings.DEFAULT,
                Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC), audit::add, counted);
    }

    private static RiskDraft draft(String title, int l, int c, RiskDraft.AcceptanceDraft acceptance, Long version) {
        return new RiskDraft(title, "Borgere uden stabilt internet", null, "technology", l, c, null, null, null, acceptance,
                null, null, null, version);
    }

    @Test
    public void anEditorCreatesAndEveryBrowserReadsTheRegister() {
        Risk created = service.create(MEMBER, "DEMO-1", draft("Internet", 4, 4, null, null));
        assertEquals(RiskCategory.TECHNOLOGY, created.category());
        RiskRegister register = service.register(VIEWER, "DEMO-1", RiskRules.Order.LEVEL);
        assertEquals(List.of(created), register.risks());
        assertEquals(RiskWarning.HIGH_UNTREATED, register.warnings().get(0).code());
        assertEquals(false, register.editable());
        assertEquals(1, changes);
    }

    @Test
    public void outsidersGetNotFoundAndViewersForbiddenBeforeTheirInputIsLookedAt() {
        assertThrows(RoadmapException.NotFound.class, () -> service.register(OUTSIDER, "DEMO-1", null));
        assertThrows(RoadmapException.NotFound.class, () -> service.create(OUTSIDER, "DEMO-1", null));
        assertThrows(RoadmapException.Forbidden.class, () -> service.create(VIEWER, "DEMO-1", null));
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.register(null, "DEMO-1", null));
        assertTrue(repository.risks.isEmpty());
    }

    @Test
    public void aRiskOfAnotherInitiativeIsNotFound() {
        Risk other = service.create(MEMBER, "DEMO-2", draft("Other", 1, 1, null, null));
        assertThrows(RoadmapException.NotFound.class, () -> service.get(MEMBER, "DEMO-1", other.id()));
        assertThrows(RoadmapException.NotFound.class, () -> service.delete(MEMBER, "DEMO-1", other.id(), null));
    }

    @Test
    public void aStaleOrMissingVersionIsRefusedAndNothingChanges() {
        Risk created = service.create(MEMBER, "DEMO-1", draft("Internet", 4, 4, null, null));
        service.update(MEMBER, "DEMO-1", created.id(), draft("Internet at home", 4, 4, null, 0L));
        assertThrows(RoadmapException.Conflict.class,
                () -> service.update(MEMBER, "DEMO-1", created.id(), draft("Lost update", 1, 1, null, 0L)));
        RoadmapException.Invalid missing = assertThrows(RoadmapException.Invalid.class,
                () -> service.update(MEMBER, "DEMO-1", created.id(), draft("No version", 1, 1, null, null)));
        assertEquals("version", missing.errors().get(0).field());
        assertEquals("Internet at home", repository.risks.get(created.id()).title());
        assertThrows(RoadmapException.Conflict.class, () -> service.delete(MEMBER, "DEMO-1", created.id(), 0L));
    }

    @Test
    public void acceptingWithdrawingAndDeletingAreAuditedWithoutFreeText() {
        Risk created = service.create(MEMBER, "DEMO-1", draft("Trainers leave", 5, 4, null, null));
        assertTrue(audit.isEmpty());
        Risk accepted = service.update(MEMBER, "DEMO-1", created.id(),
                draft("Trainers leave", 5, 4, new RiskDraft.AcceptanceDraft("Pilot is short", null), 0L));
        assertEquals(new Acceptance("member", "Pilot is short", TODAY), accepted.acceptance());
        assertEquals("risk.accept", audit.get(0).action());
        assertTrue(audit.get(0).details().values().stream().noneMatch(v -> v.contains("Pilot")));
        service.update(MEMBER, "DEMO-1", created.id(), draft("Trainers leave", 5, 4, null, 1L));
        assertEquals(1, audit.size());
        Risk withdrawn = service.update(MEMBER, "DEMO-1", created.id(),
                draft("Trainers leave", 5, 4, new RiskDraft.AcceptanceDraft(" ", null), 2L));
        assertNull(withdrawn.acceptance());
        assertEquals("risk.acceptance.withdraw", audit.get(1).action());
        service.delete(MEMBER, "DEMO-1", created.id(), 3L);
        assertEquals("risk.delete", audit.get(2).action());
        assertEquals(created.id(), (long) audit.get(2).entityId());
    }

    @Test
    public void aMeasureAsJiraTaskIsCreatedInTheInitiativesProjectAndKeepsItsKey() {
        Risk created = service.create(MEMBER, "DEMO-1", draft("App discontinued", 3, 5, null, null));
        when(issues.create(eq(MEMBER), eq(DEMO_1), anyString(), anyString())).thenReturn("DEMO-99");
        Risk updated = service.addMeasure(MEMBER, "DEMO-1", created.id(),
                new MeasureDraft(null, "Exit clause in the contract\nwith data export", "member", "2027-01-31", null), true, 0L);
        Measure m = updated.measures().get(0);
        assertEquals("DEMO-99", m.issueKey());
        assertEquals(MeasureStatus.PLANNED, m.status());
        verify(issues).create(MEMBER, DEMO_1, "Exit clause in the contract", "Exit clause in the contract\nwith data export\n\nApp discontinued");
    }

    @Test
    public void aTaskIsRemovedAgainWhenTheMeasureCannotBeStored() {
        Risk created = service.create(MEMBER, "DEMO-1", draft("App discontinued", 3, 5, null, null));
        when(issues.create(any(), any(), anyString(), anyString())).thenAnswer(inv -> {
            // another editor saves the risk while Jira makes the task
            service.update(MEMBER, "DEMO-1", created.id(), draft("Changed meanwhile", 3, 5, null, 0L));
            return "DEMO-98";
        });
        assertThrows(RoadmapException.Conflict.class, () -> service.addMeasure(MEMBER, "DEMO-1", created.id(),
                new MeasureDraft(null, "Exit clause", null, null, null), true, null));
        verify(issues).remove(MEMBER, "DEMO-98");
        assertTrue(repository.risks.get(created.id()).measures().isEmpty());
    }

    @Test
    public void aTaskJiraRefusesLeavesNoMeasure() {
        Risk created = service.create(MEMBER, "DEMO-1", draft("App discontinued", 3, 5, null, null));
        when(issues.create(any(), any(), anyString(), anyString()))
                .thenThrow(new RoadmapException.Conflict(FieldError.of("createIssue", "roadmap.risk.error.noTaskType", "DEMO")));
        assertThrows(RoadmapException.Conflict.class, () -> service.addMeasure(MEMBER, "DEMO-1", created.id(),
                new MeasureDraft(null, "Exit clause", null, null, null), true, null));
        assertTrue(repository.risks.get(created.id()).measures().isEmpty());
        verify(issues, never()).remove(any(), anyString());
    }

    @Test
    public void theGateListsOnlyUntreatedHighRisksOfTheInitiative() {
        service.create(MEMBER, "DEMO-1", draft("High", 5, 5, null, null));
        service.create(MEMBER, "DEMO-1", draft("Accepted", 5, 5, new RiskDraft.AcceptanceDraft("ok", "2026-12-01"), null));
        service.create(MEMBER, "DEMO-1", draft("Low", 1, 1, null, null));
        service.create(MEMBER, "DEMO-2", draft("Other initiative", 5, 5, null, null));
        assertEquals(List.of("High"), service.untreated(1).stream().map(Risk::title).toList());
    }

    @Test
    public void theContingencyPlanIsVersionedLikeEveryChange() {
        assertEquals(1, service.savePlan(MEMBER, "DEMO-1", "Fall back to visits at home", 0L).version());
        assertThrows(RoadmapException.Conflict.class, () -> service.savePlan(MEMBER, "DEMO-1", "Lost", 0L));
        assertThrows(RoadmapException.Forbidden.class, () -> service.savePlan(VIEWER, "DEMO-1", "No", null));
        assertEquals("Fall back to visits at home", repository.plan(1).text());
    }

    @Test
    public void aMeasureIsChangedAloneKeepsItsTaskAndNeedsTheRisksVersion() {
        Risk created = service.create(MEMBER, "DEMO-1", draft("App discontinued", 3, 5, null, null));
        when(issues.create(any(), any(), anyString(), anyString())).thenReturn("DEMO-97");
        Risk withTask = service.addMeasure(MEMBER, "DEMO-1", created.id(), new MeasureDraft(null, "Exit clause", null, null, null),
                true, 0L);
        Risk withTwo = service.addMeasure(MEMBER, "DEMO-1", created.id(), new MeasureDraft(null, "Second supplier", null, null, null),
                false, withTask.version());
        long id = withTwo.measures().get(0).id();
        Risk changed = service.updateMeasure(MEMBER, "DEMO-1", created.id(), id,
                new MeasureDraft(null, "Exit clause signed", "member", "2027-02-01", "DONE"), withTwo.version());
        assertEquals(new Measure(id, "Exit clause signed", "member", LocalDate.of(2027, 2, 1), MeasureStatus.DONE, "DEMO-97"),
                changed.measures().get(0));
        assertEquals(withTwo.measures().get(1), changed.measures().get(1));
        assertEquals(withTwo.version() + 1, changed.version());

        assertThrows(RoadmapException.Conflict.class, () -> service.updateMeasure(MEMBER, "DEMO-1", created.id(), id,
                new MeasureDraft(null, "Lost", null, null, null), withTwo.version()));
        RoadmapException.Invalid noVersion = assertThrows(RoadmapException.Invalid.class, () -> service.updateMeasure(MEMBER,
                "DEMO-1", created.id(), id, new MeasureDraft(null, "No version", null, null, null), null));
        assertEquals("version", noVersion.errors().get(0).field());
        RoadmapException.Invalid blank = assertThrows(RoadmapException.Invalid.class, () -> service.updateMeasure(MEMBER,
                "DEMO-1", created.id(), id, new MeasureDraft(null, " ", null, null, "SOON"), changed.version()));
        assertEquals(List.of("text", "status"), blank.errors().stream().map(FieldError::field).toList());
        assertThrows(RoadmapException.NotFound.class, () -> service.updateMeasure(MEMBER, "DEMO-1", created.id(), id + 1000,
                new MeasureDraft(null, "Unknown", null, null, null), changed.version()));
        assertThrows(RoadmapException.Forbidden.class, () -> service.updateMeasure(VIEWER, "DEMO-1", created.id(), id,
                new MeasureDraft(null, "Viewer", null, null, null), changed.version()));
        Risk other = service.create(MEMBER, "DEMO-2", draft("Other", 1, 1, null, null));
        assertThrows(RoadmapException.NotFound.class, () -> service.updateMeasure(MEMBER, "DEMO-2", other.id(), id,
                new MeasureDraft(null, "Another risk's measure", null, null, null), other.version()));
        assertEquals("Exit clause signed", repository.risks.get(created.id()).measures().get(0).text());
    }
}
