package no.veikart.roadmap.stakeholder.communication.domain;

import static no.veikart.roadmap.stakeholder.communication.domain.CommunicationRulesTest.PHASES;
import static no.veikart.roadmap.stakeholder.communication.domain.CommunicationRulesTest.entry;
import static no.veikart.roadmap.stakeholder.communication.domain.CommunicationRulesTest.stakeholder;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.stakeholder.domain.ContactLogDraft;
import no.veikart.roadmap.stakeholder.domain.ContactLogEntry;
import no.veikart.roadmap.stakeholder.domain.ContactLogged;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.StakeholderRepository;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class CommunicationServiceTest {
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.forLanguageTag("nb"));
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);
    private static final Actor OUTSIDER = new Actor("outsider", "outsider", "Otto", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 100, "DEMO-1", "DEMO", PHASES, "INSIGHT");
    private static final InitiativeRef DEMO_7 = new InitiativeRef(2, 700, "DEMO-7", "DEMO", PHASES, "INSIGHT");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final CommunicationRepository repository = mock(CommunicationRepository.class);
    private final StakeholderRepository stakeholders = mock(StakeholderRepository.class);
    private final StakeholderService anchoring = mock(StakeholderService.class);
    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Texts texts = (locale, key, args) -> key.equals("roadmap.communication.logText") ? args[0] + ": " + args[1] : "<" + key + ">";
    private CommunicationService service;

    @Before
    public void setUp() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        when(lookup.find(any(), eq("DEMO-7"))).thenReturn(Optional.of(DEMO_7));
        for (Actor a : List.of(MEMBER, VIEWER)) {
            when(access.canBrowseIssue(a, 100)).thenReturn(true);
            when(access.canBrowseIssue(a, 700)).thenReturn(true);
        }
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        when(access.canEditIssue(MEMBER, 700)).thenReturn(true);
        when(stakeholders.findByInitiative(1)).thenReturn(List.of(stakeholder(4, Level.POLITICAL), stakeholder(5, Level.STAFF)));
        when(repository.create(any())).thenAnswer(inv -> ((Communication) inv.getArgument(0)).withId(42, 0));
        when(repository.linkContact(anyLong(), anyLong(), any())).thenAnswer(inv -> {
            long contact = ((LongSupplier) inv.getArgument(2)).getAsLong();
            Communication c = repository.find(inv.getArgument(0)).orElseThrow();
            return c.withContactLog(contact, c.version() + 1);
        });
        when(anchoring.logContact(any(), any(), anyLong(), any())).thenAnswer(inv -> new ContactLogged(stakeholder(inv.getArgument(2), Level.STAFF),
                new ContactLogEntry(77, inv.getArgument(2), TODAY, "INSIGHT", "member", "Mette", "agreed")));
        service = new CommunicationService(repository, stakeholders, anchoring, lookup, access, texts,
                Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC), audit::add);
    }

    private void stored(Communication c) {
        when(repository.find(c.id())).thenReturn(Optional.of(c));
    }

    private static CommunicationDraft toStaff() {
        return new CommunicationDraft("STAFF", null, "Personalemøte", "MEETING", "2026-04-01", null, null, null);
    }

    @Test
    public void thePlanIsSortedWithWarningsAndSaysWhetherTheReaderMayEdit() {
        Communication later = entry(1, Level.STAFF, null, TODAY.plusDays(3), CommunicationStatus.PLANNED);
        Communication overdue = entry(2, null, 4L, TODAY.minusDays(3), CommunicationStatus.PLANNED);
        when(repository.findByInitiative(1)).thenReturn(List.of(later, overdue));

        CommunicationPlan plan = service.plan(VIEWER, "DEMO-1");
        assertEquals(List.of(2L, 1L), plan.entries().stream().map(Communication::id).toList());
        assertEquals(List.of("OVERDUE"), plan.warnings().stream().map(CommunicationWarning::code).toList());
        assertFalse(plan.editable());
        assertTrue(service.plan(MEMBER, "DEMO-1").editable());
        assertEquals(2, plan.stakeholders().size());
    }

    @Test
    public void permissionsAreTheInitiativeIssues() {
        assertThrows(RoadmapException.NotFound.class, () -> service.plan(OUTSIDER, "DEMO-1"));
        assertThrows(RoadmapException.NotFound.class, () -> service.plan(MEMBER, "NOPE-1"));
        assertThrows(RoadmapException.Forbidden.class, () -> service.create(VIEWER, "DEMO-1", toStaff()));
        assertThrows(RoadmapException.NotFound.class, () -> service.create(OUTSIDER, "DEMO-1", toStaff()));
        // An entry of another initiative is unknown here.
        when(repository.find(9)).thenReturn(Optional.of(new Communication(9, 2, Level.STAFF, null, "m", Channel.EMAIL, TODAY, null,
                CommunicationStatus.DONE, null, 0)));
        assertThrows(RoadmapException.NotFound.class, () -> service.delete(MEMBER, "DEMO-1", 9, null));
        assertThrows(RoadmapException.Forbidden.class, () -> service.delete(VIEWER, "DEMO-1", 9, null));
        verify(repository, never()).delete(anyLong(), anyLong());
    }

    @Test
    public void createChecksTheAudienceAgainstTheInitiativesStakeholders() {
        assertEquals(42, service.create(MEMBER, "DEMO-1", toStaff()).id());
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, () -> service.create(MEMBER, "DEMO-1",
                new CommunicationDraft(null, 8L, "m", "EMAIL", "2026-04-01", null, null, null)));
        assertEquals("stakeholderId", e.errors().get(0).field());
        when(repository.countByInitiative(1)).thenReturn(CommunicationService.MAX_PER_INITIATIVE);
        assertThrows(RoadmapException.Conflict.class, () -> service.create(MEMBER, "DEMO-1", toStaff()));
    }

    @Test
    public void anUpdateNeedsTheStoredVersion() {
        stored(entry(3, Level.STAFF, null, TODAY, CommunicationStatus.PLANNED).withId(3, 2));
        CommunicationDraft stale = new CommunicationDraft("STAFF", null, "m", "EMAIL", "2026-04-01", null, "DONE", 1L);
        assertThrows(RoadmapException.Conflict.class, () -> service.update(MEMBER, "DEMO-1", 3, stale));
        RoadmapException.Invalid missing = assertThrows(RoadmapException.Invalid.class, () -> service.update(MEMBER, "DEMO-1", 3,
                new CommunicationDraft("STAFF", null, "m", "EMAIL", "2026-04-01", null, "DONE", null)));
        assertEquals("version", missing.errors().get(0).field());
        verify(repository, never()).update(any(), anyLong());
    }

    @Test
    public void aDoneEntryToAStakeholderIsLoggedOnceThroughTheAnchoringToolsUseCase() {
        Communication done = new Communication(6, 1, null, 5L, "Personalemøte om træning", Channel.MEETING, TODAY.minusDays(2), null,
                CommunicationStatus.DONE, null, 1);
        stored(done);

        CommunicationService.Logged logged = service.logToContactLog(MEMBER, "DEMO-1", 6, 1L);

        ArgumentCaptor<ContactLogDraft> draft = ArgumentCaptor.forClass(ContactLogDraft.class);
        verify(anchoring, times(1)).logContact(eq(MEMBER), eq("DEMO-1"), eq(5L), draft.capture());
        assertEquals(TODAY.minusDays(2).toString(), draft.getValue().date());
        assertEquals("<roadmap.communication.channel.MEETING>: Personalemøte om træning", draft.getValue().agreed());
        assertEquals(Long.valueOf(77), logged.entry().contactLogId());
        assertEquals(2, logged.entry().version());
        assertEquals("communication.log", audit.get(0).action());

        stored(logged.entry());
        RoadmapException.Conflict again = assertThrows(RoadmapException.Conflict.class, () -> service.logToContactLog(MEMBER, "DEMO-1", 6, 2L));
        assertEquals(CommunicationService.ALREADY_LOGGED, again.errors().get(0).key());
        verify(anchoring, times(1)).logContact(any(), any(), anyLong(), any());
    }

    @Test
    public void onlyDoneEntriesToOneStakeholderAtTheStoredVersionCanBeLogged() {
        stored(new Communication(6, 1, null, 5L, "m", Channel.EMAIL, TODAY, null, CommunicationStatus.PLANNED, null, 0));
        assertEquals(CommunicationService.NOT_DONE, assertThrows(RoadmapException.Conflict.class,
                () -> service.logToContactLog(MEMBER, "DEMO-1", 6, null)).errors().get(0).key());
        stored(new Communication(6, 1, Level.STAFF, null, "m", Channel.EMAIL, TODAY, null, CommunicationStatus.DONE, null, 0));
        assertEquals(CommunicationService.NOT_A_STAKEHOLDER, assertThrows(RoadmapException.Conflict.class,
                () -> service.logToContactLog(MEMBER, "DEMO-1", 6, null)).errors().get(0).key());
        stored(new Communication(6, 1, null, 9L, "m", Channel.EMAIL, TODAY, null, CommunicationStatus.DONE, null, 0));
        assertEquals(CommunicationService.STAKEHOLDER_REMOVED, assertThrows(RoadmapException.Conflict.class,
                () -> service.logToContactLog(MEMBER, "DEMO-1", 6, null)).errors().get(0).key());
        stored(new Communication(6, 1, null, 5L, "m", Channel.EMAIL, TODAY, null, CommunicationStatus.DONE, null, 3));
        assertEquals("roadmap.error.staleVersion", assertThrows(RoadmapException.Conflict.class,
                () -> service.logToContactLog(MEMBER, "DEMO-1", 6, 2L)).errors().get(0).key());
        assertThrows(RoadmapException.Forbidden.class, () -> service.logToContactLog(VIEWER, "DEMO-1", 6, 3L));
        verify(anchoring, never()).logContact(any(), any(), anyLong(), any());
    }
}
