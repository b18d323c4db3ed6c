package no.veikart.roadmap.stakeholder.domain;

import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import static no.veikart.roadmap.stakeholder.domain.Stakeholders.PHASES;
import static no.veikart.roadmap.stakeholder.domain.Stakeholders.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Before;
import org.junit.Test;

public class StakeholderServiceTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.forLanguageTag("nb"));
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);
    private static final Actor OUTSIDER = new Actor("outsider", "outsider", "Otto", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 100, "DEMO-1", "DEMO", PHASES, "INSIGHT");
    private static final InitiativeRef DEMO_7 = new InitiativeRef(2, 700, "DEMO-7", "DEMO", PHASES, "ANCHORING");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final StakeholderRepository repository = mock(StakeholderRepository.class);
    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final List<AuditEvent> audit = new ArrayList<>();
    private StakeholderService service;
    private final Stakeholder kari = at(5, Level.POLITICAL, "Kari", "INSIGHT", AnchoringStatus.PLANNED);

    @Before
    public void setUp() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        when(lookup.find(any(), eq("DEMO-2"))).thenReturn(Optional.of(DEMO_1)); // a phase issue of DEMO-1
        when(lookup.find(any(), eq("DEMO-7"))).thenReturn(Optional.of(DEMO_7));
        when(lookup.find(any(), eq("NOPE-1"))).thenReturn(Optional.empty());
        for (Actor a : List.of(MEMBER, VIEWER)) {
            when(access.canBrowseIssue(a, 100)).thenReturn(true);
            when(access.canBrowseIssue(a, 700)).thenReturn(true);
            when(access.canBrowseProject(a, "DEMO")).thenReturn(true);
        }
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        when(access.canEditIssue(MEMBER, 700)).thenReturn(true);
        when(repository.find(5)).thenReturn(Optional.of(kari));
        when(repository.create(any())).thenAnswer(inv -> ((Stakeholder) inv.getArgument(0)).withId(42, 0));
        when(repository.update(any(), anyLong())).thenAnswer(inv -> {
            Stakeholder s = inv.getArgument(0);
            return s.withId(s.id(), s.version() + 1);
        });
        when(repository.addContact(any(), any(), anyLong())).thenAnswer(inv -> new ContactLogged(
                inv.getArgument(1), ((ContactLogEntry) inv.getArgument(0)).withId(77)));
        service = new StakeholderService(repository, lookup, access,
                Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC), audit::add);
    }

    @Test
    public void overviewSortsAndEvaluatesForTheCurrentPhase() {
        when(repository.findByInitiative(1)).thenReturn(List.of(at(2, Level.STAFF, "Nurses"), kari));

        StakeholderOverview o = service.overview(MEMBER, "DEMO-2", null);

        assertEquals(List.of(5L, 2L), o.stakeholders().stream().map(Stakeholder::id).toList());
        assertEquals("INSIGHT", o.coverage().currentPhase());
        assertEquals(2, o.coverage().total());
        assertTrue(o.editable());
        assertFalse(service.overview(VIEWER, "DEMO-1", StakeholderSorting.Order.NEXT_CONTACT).editable());
        assertEquals(TODAY, service.today());
    }

    @Test
    public void anonymousIs401() {
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.overview(null, "DEMO-1", null));
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.create(null, "DEMO-1", Stakeholders.valid()));
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.export(null, List.of("DEMO")));
        verifyNoInteractions(repository);
    }

    @Test
    public void unknownOrHiddenInitiativeIs404() {
        assertThrows(RoadmapException.NotFound.class, () -> service.overview(MEMBER, "NOPE-1", null));
        assertThrows(RoadmapException.NotFound.class, () -> service.overview(MEMBER, " ", null));
        assertThrows(RoadmapException.NotFound.class, () -> service.overview(OUTSIDER, "DEMO-1", null));
        assertThrows(RoadmapException.NotFound.class, () -> service.create(OUTSIDER, "DEMO-1", Stakeholders.valid()));
        assertThrows(RoadmapException.NotFound.class, () -> service.delete(OUTSIDER, "DEMO-1", 5, null));
        verifyNoInteractions(repository);
    }

    @Test
    public void stakeholderOfAnotherInitiativeIs404() {
        assertThrows(RoadmapException.NotFound.class, () -> service.get(MEMBER, "DEMO-7", 5));
        assertThrows(RoadmapException.NotFound.class, () -> service.update(MEMBER, "DEMO-7", 5, Stakeholders.valid()));
        assertThrows(RoadmapException.NotFound.class, () -> service.delete(MEMBER, "DEMO-7", 5, 3L));
        assertThrows(RoadmapException.NotFound.class, () -> service.get(MEMBER, "DEMO-1", 999));
        assertEquals(kari, service.get(VIEWER, "DEMO-1", 5));
    }

    @Test
    public void browsingWithoutEditIs403ForEveryChange() {
        assertThrows(RoadmapException.Forbidden.class, () -> service.create(VIEWER, "DEMO-1", Stakeholders.valid()));
        assertThrows(RoadmapException.Forbidden.class, () -> service.update(VIEWER, "DEMO-1", 5, Stakeholders.valid()));
        assertThrows(RoadmapException.Forbidden.class, () -> service.setStatus(VIEWER, "DEMO-1", 5, "INSIGHT", "ANCHORED", null));
        assertThrows(RoadmapException.Forbidden.class, () -> service.delete(VIEWER, "DEMO-1", 5, 3L));
        assertThrows(RoadmapException.Forbidden.class,
                () -> service.logContact(VIEWER, "DEMO-1", 5, new ContactLogDraft("2026-03-10", null, "ok", null)));
        verify(repository, never()).create(any());
        verify(repository, never()).update(any(), anyLong());
        verify(repository, never()).delete(anyLong(), anyLong());
    }

    @Test
    public void forbiddenComesBeforeInvalidInput() {
        StakeholderDraft empty = new StakeholderDraft(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertThrows(RoadmapException.Forbidden.class, () -> service.create(VIEWER, "DEMO-1", empty));
        assertThrows(RoadmapException.Invalid.class, () -> service.create(MEMBER, "DEMO-1", empty));
    }

    @Test
    public void createValidatesAgainstTheInitiativesPhases() {
        Stakeholder created = service.create(MEMBER, "DEMO-1", Stakeholders.valid());

        assertEquals(42, created.id());
        assertEquals(1, created.initiativeId());
        verify(repository).create(any());
    }

    @Test
    public void createRefusesBeyondTheLimit() {
        when(repository.countByInitiative(1)).thenReturn(StakeholderService.MAX_PER_INITIATIVE);

        RoadmapException.Conflict e = assertThrows(RoadmapException.Conflict.class,
                () -> service.create(MEMBER, "DEMO-1", Stakeholders.valid()));

        assertEquals(StakeholderService.TOO_MANY, e.errors().get(0).key());
        verify(repository, never()).create(any());
    }

    @Test
    public void updateWithTheStoredVersionIsSaved() {
        Stakeholder saved = service.update(MEMBER, "DEMO-1", 5, Stakeholders.with(Stakeholders.valid(), "version", 3L));

        assertEquals(5, saved.id());
        assertEquals(4, saved.version());
        assertEquals("Kari Nordmann", saved.name());
        verify(repository).update(any(), eq(3L));
    }

    @Test
    public void staleVersionIs409AndChangesNothing() {
        assertThrows(RoadmapException.Conflict.class,
                () -> service.update(MEMBER, "DEMO-1", 5, Stakeholders.with(Stakeholders.valid(), "version", 2L)));
        assertThrows(RoadmapException.Conflict.class, () -> service.delete(MEMBER, "DEMO-1", 5, 2L));
        assertThrows(RoadmapException.Conflict.class, () -> service.setStatus(MEMBER, "DEMO-1", 5, "INSIGHT", "ANCHORED", 9L));
        verify(repository, never()).update(any(), anyLong());
        verify(repository, never()).delete(anyLong(), anyLong());
    }

    @Test
    public void repositoryConflictPassesThrough() {
        doThrow(RoadmapException.Conflict.staleVersion()).when(repository).update(any(), anyLong());
        assertThrows(RoadmapException.Conflict.class,
                () -> service.update(MEMBER, "DEMO-1", 5, Stakeholders.with(Stakeholders.valid(), "version", 3L)));
    }

    @Test
    public void updateWithoutVersionIs400() {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class,
                () -> service.update(MEMBER, "DEMO-1", 5, Stakeholders.with(Stakeholders.valid(), "version", null)));
        assertEquals("version", e.errors().get(0).field());
    }

    @Test
    public void deleteWithOrWithoutVersion() {
        service.delete(MEMBER, "DEMO-1", 5, 3L);
        service.delete(MEMBER, "DEMO-1", 5, null);
        verify(repository, times(2)).delete(5, 3L);
    }

    @Test
    public void setStatusChangesOnePhase() {
        Stakeholder saved = service.setStatus(MEMBER, "DEMO-1", 5, "INSIGHT", "ANCHORED", 3L);
        assertEquals(AnchoringStatus.ANCHORED, saved.statusIn("INSIGHT").orElseThrow());
        assertThrows(RoadmapException.Invalid.class, () -> service.setStatus(MEMBER, "DEMO-1", 5, "ELSEWHERE", "ANCHORED", 3L));
    }

    @Test
    public void logContactUsesTodayTheCurrentPhaseAndTheActor() {
        ContactLogged logged = service.logContact(MEMBER, "DEMO-1", 5,
                new ContactLogDraft("2026-03-10", null, "Agreed on a pilot in two units", "2026-04-01"));

        assertEquals(new ContactLogEntry(77, 5, TODAY, "INSIGHT", "member", "Mette", "Agreed on a pilot in two units"),
                logged.entry());
        assertEquals(TODAY, logged.stakeholder().lastContact());
        verify(repository).addContact(any(), any(), eq(3L));
        assertThrows(RoadmapException.Invalid.class, () -> service.logContact(MEMBER, "DEMO-1", 5,
                new ContactLogDraft("2026-03-11", null, "tomorrow", null)));
    }

    @Test
    public void contactsAreNewestFirstForReaders() {
        when(repository.findContacts(5)).thenReturn(List.of(
                new ContactLogEntry(1, 5, LocalDate.of(2026, 1, 1), "ANCHORING", "u", "U", "a"),
                new ContactLogEntry(3, 5, LocalDate.of(2026, 2, 1), "INSIGHT", "u", "U", "c"),
                new ContactLogEntry(2, 5, LocalDate.of(2026, 2, 1), "INSIGHT", "u", "U", "b")));

        assertEquals(List.of(3L, 2L, 1L), service.contacts(VIEWER, "DEMO-1", 5).stream().map(ContactLogEntry::id).toList());
        assertThrows(RoadmapException.NotFound.class, () -> service.contacts(OUTSIDER, "DEMO-1", 5));
    }

    @Test
    public void exportHasOnlyWhatTheActorMaySee() {
        InitiativeRef hidden = new InitiativeRef(3, 300, "DEMO-3", "DEMO", PHASES, "ANCHORING");
        InitiativeRef demo10 = new InitiativeRef(4, 1000, "DEMO-10", "DEMO", PHASES, "ANCHORING");
        when(access.canBrowseIssue(VIEWER, 1000)).thenReturn(true);
        when(lookup.findInProject(VIEWER, "DEMO")).thenReturn(List.of(demo10, hidden, DEMO_7, DEMO_1));
        when(repository.findByInitiatives(any())).thenReturn(List.of(
                at(5, Level.STAFF, "B").withId(5, 0), kari, new Stakeholder(8, 2, "Mayor", "Politicians", Level.POLITICAL,
                        null, 1, 2, 5, 5, Involvement.EMPOWER, null, null, null, null, null, 0),
                new Stakeholder(9, 4, "Union", "Unions", Level.STAFF, null, 0, 1, 3, 3, Involvement.CONSULT, null, null,
                        null, null, null, 0)));

        List<StakeholderExportRow> rows = service.export(VIEWER, List.of("DEMO", "SECRET", " ", "DEMO"));

        assertEquals(List.of("DEMO-1", "DEMO-1", "DEMO-7", "DEMO-10"),
                rows.stream().map(r -> r.initiative().issueKey()).toList());
        assertEquals(List.of(5L, 5L, 8L, 9L), rows.stream().map(r -> r.stakeholder().id()).toList());
        assertEquals(Level.POLITICAL, rows.get(0).stakeholder().level());
        verify(repository).findByInitiatives(List.of(1L, 2L, 4L));
        verify(lookup, never()).findInProject(VIEWER, "SECRET");
    }

    @Test
    public void coverageByInitiativeForThePortfolio() {
        List<StakeholderExportRow> rows = List.of(new StakeholderExportRow(DEMO_1, kari));
        var coverage = StakeholderService.coverageByInitiative(rows, List.of(DEMO_7, DEMO_1), TODAY);
        assertEquals(List.of(DEMO_7, DEMO_1), List.copyOf(coverage.keySet()));
        assertEquals(0, coverage.get(DEMO_7).total());
        assertEquals(1, coverage.get(DEMO_1).total());
    }

    @Test
    public void issueKeysSortNumerically() {
        assertTrue(InitiativeGuard.compareIssueKeys("DEMO-2", "DEMO-10") < 0);
        assertTrue(InitiativeGuard.compareIssueKeys("ABC-9", "DEMO-1") < 0);
        assertEquals(0, InitiativeGuard.compareIssueKeys("DEMO-3", "DEMO-3"));
    }

    @Test
    public void personalDataIsForEditorsOnlyAndEveryExportIsAudited() {
        ContactLogEntry met = new ContactLogEntry(9, 5, LocalDate.of(2026, 3, 1), "INSIGHT", "member", "Mette", "Agreed to the pilot");
        when(repository.findContacts(5)).thenReturn(List.of(met));

        PersonalData data = service.personalData(MEMBER, "DEMO-1", 5);

        assertEquals(kari, data.stakeholder());
        assertEquals(List.of(met), data.contacts());
        assertEquals("DEMO-1", data.initiative().issueKey());
        assertEquals("member", data.exportedBy());
        assertEquals(List.of(new AuditEvent("stakeholder.personalData.export", "member", "stakeholder", 5L, "DEMO-1",
                java.util.Map.of("contacts", "1"))), audit);
        assertThrows(RoadmapException.Forbidden.class, () -> service.personalData(VIEWER, "DEMO-1", 5));
        verify(access).refused(VIEWER, AccessControl.EDIT, "DEMO-1");
        assertThrows(RoadmapException.NotFound.class, () -> service.personalData(OUTSIDER, "DEMO-1", 5));
        assertThrows(RoadmapException.NotFound.class, () -> service.personalData(MEMBER, "DEMO-7", 5));
        assertEquals(1, audit.size());
    }

    @Test
    public void erasureAnonymisesNameTextsAndContactLogButKeepsWhatTheCoverageCounts() {
        when(repository.erase(any(), any(), anyLong())).thenAnswer(inv -> ((Stakeholder) inv.getArgument(0)).withId(5, 4));
        Stakeholder withTexts = new Stakeholder(5, 1, "Kari Nordmann", "Politicians", Level.POLITICAL, "Loses her budget", -1, 2, 5,
                4, Involvement.INVOLVE, "member", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1), "Lives next door",
                java.util.Map.of("INSIGHT", AnchoringStatus.IN_DIALOGUE), 3);
        when(repository.find(5)).thenReturn(Optional.of(withTexts));

        Stakeholder erased = service.erase(MEMBER, "DEMO-1", 5, 3L);

        org.mockito.ArgumentCaptor<Stakeholder> written = org.mockito.ArgumentCaptor.forClass(Stakeholder.class);
        verify(repository).erase(written.capture(), eq(Stakeholder.ERASED), eq(3L));
        Stakeholder w = written.getValue();
        assertEquals(Stakeholder.ERASED, w.name());
        assertEquals(null, w.effect());
        assertEquals(null, w.notes());
        assertEquals(List.of(Level.POLITICAL, -1, 2, 5, 4, Involvement.INVOLVE, "Politicians"),
                List.of(w.level(), w.attitude(), w.desiredAttitude(), w.influence(), w.interest(), w.involvement(), w.group()));
        assertEquals(withTexts.statusByPhase(), w.statusByPhase());
        assertEquals(withTexts.nextContact(), w.nextContact());
        assertTrue(erased.erased());
        assertEquals("stakeholder.erase", audit.get(0).action());
        assertFalse("no personal data in the audit event", audit.toString().contains("Kari")
                || audit.toString().contains("budget") || audit.toString().contains("door"));

        assertThrows(RoadmapException.Conflict.class, () -> service.erase(MEMBER, "DEMO-1", 5, 2L));
        assertThrows(RoadmapException.Forbidden.class, () -> service.erase(VIEWER, "DEMO-1", 5, 3L));
        assertThrows(RoadmapException.NotFound.class, () -> service.erase(OUTSIDER, "DEMO-1", 5, 3L));
        verify(repository, times(1)).erase(any(), any(), anyLong());
    }

    @Test
    public void deletionIsAuditedWithIdsOnly() {
        service.delete(MEMBER, "DEMO-1", 5, 3L);

        verify(repository).delete(5, 3L);
        assertEquals(List.of(new AuditEvent("stakeholder.delete", "member", "stakeholder", 5L, "DEMO-1", java.util.Map.of("version", "3"))),
                audit);
    }
}
