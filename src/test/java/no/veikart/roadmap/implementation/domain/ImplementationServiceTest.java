package no.veikart.roadmap.implementation.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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

public class ImplementationServiceTest {
    private static final List<String> PHASES = List.of("PILOTING", "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES");
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.forLanguageTag("da"));
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);
    private static final Actor OUTSIDER = new Actor("outsider", "outsider", "Otto", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 100, "DEMO-1", "DEMO", PHASES, "TRANSITION_TO_OPERATIONS");
    private static final Unit NORD = Units.unit(10, "Nord", UnitStatus.TRAINING, Units.TODAY, EnumSet.of(Shift.DAY), List.of(),
            List.of(), List.of()).withVersion(3);
    private static final Unit OTHER = new Unit(11, 2, 0, "Andet", 5, EnumSet.of(Shift.DAY), false, false, null, UnitStatus.PLANNED,
            null, null, null, null, List.of(), List.of(), List.of(), 1);

    private final ImplementationRepository repository = mock(ImplementationRepository.class);
    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final List<AuditEvent> audit = new ArrayList<>();
    private int changes;
    private ImplementationService service;

    @Before
    public void setUp() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        for (Actor a : List.of(MEMBER, VIEWER)) {
            when(access.canBrowseIssue(a, 100)).thenReturn(true);
        }
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        when(repository.find(10)).thenReturn(Optional.of(NORD));
        when(repository.find(11)).thenReturn(Optional.of(OTHER));
        when(repository.findByInitiative(1)).thenReturn(List.of(NORD));
        Clock clock = Clock.fixed(Units.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        service = new ImplementationService(repository, lookup, access, clock, audit::add, () -> changes++,
                ImplementationSettingsSource.DEFAULTS);
    }

    private static UnitDraft draft(String name, Long version) {
        return new UnitDraft(name, 20, List.of("day", " NIGHT "), false, true, null, "live", null, null, null, null, version);
    }

    @Test
    public void readersSeeThePlanOutsidersGetA404EditorsOnlyChange() {
        ImplementationOverview o = service.overview(VIEWER, "DEMO-1");
        assertEquals(List.of(NORD), o.units());
        assertEquals(false, o.canEdit());
        assertThrows(RoadmapException.NotFound.class, () -> service.overview(OUTSIDER, "DEMO-1"));
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.overview(null, "DEMO-1"));
        assertThrows(RoadmapException.Forbidden.class, () -> service.createUnit(VIEWER, "DEMO-1", draft("Syd", null)));
        assertThrows(RoadmapException.Forbidden.class, () -> service.deleteUnit(VIEWER, "DEMO-1", 10, null));
        verify(repository, never()).create(any());
        verify(repository, never()).delete(anyLong(), anyLong());
    }

    @Test
    public void aNewUnitIsValidatedThenStoredWithItsDerivedDays() {
        when(repository.create(any())).thenAnswer(a -> a.getArgument(0));
        service.createUnit(MEMBER, "DEMO-1", draft("  Syd ", null));
        verify(repository).create(org.mockito.ArgumentMatchers.argThat(u -> u.name().equals("Syd")
                && u.orderedShifts().equals(List.of(Shift.DAY, Shift.NIGHT)) && u.status() == UnitStatus.LIVE
                && Units.TODAY.equals(u.wentLive()) && u.stableSince() == null && u.testUnit() && u.initiativeId() == 1));
        assertEquals(1, changes);
        assertEquals("implementation.unit.create", audit.get(0).action());
    }

    @Test
    public void aUnitOfAnotherInitiativeIsNotFoundAndStaleIsAConflictAfterInput() {
        assertThrows(RoadmapException.NotFound.class, () -> service.updateUnit(MEMBER, "DEMO-1", 11, draft("X", 1L)));
        assertThrows(RoadmapException.NotFound.class, () -> service.addTraining(MEMBER, "DEMO-1", 11,
                new TrainingDraft("2026-01-01", "INITIAL", 3, null, null, null)));
        RoadmapException.Invalid invalid = assertThrows(RoadmapException.Invalid.class,
                () -> service.updateUnit(MEMBER, "DEMO-1", 10, draft(" ", 1L)));
        assertEquals("name", invalid.errors().get(0).field());
        assertThrows(RoadmapException.Conflict.class, () -> service.updateUnit(MEMBER, "DEMO-1", 10, draft("Nord", 2L)));
        assertThrows(RoadmapException.Conflict.class, () -> service.addSuperUser(MEMBER, "DEMO-1", 10,
                new SuperUserDraft("Ane", null, "DAY", null, null, 2L)));
        RoadmapException.Invalid shift = assertThrows(RoadmapException.Invalid.class, () -> service.addSuperUser(MEMBER, "DEMO-1", 10,
                new SuperUserDraft("Ane", null, "NIGHT", null, null, null)));
        assertEquals(List.of(FieldError.of("shift", "roadmap.implementation.error.shiftNotRun", "roadmap.implementation.field.shift", "Nord")),
                shift.errors());
        assertThrows(RoadmapException.NotFound.class, () -> service.deleteRow(MEMBER, "DEMO-1", 10,
                ImplementationRepository.RowKind.TRAINING, 99, null));
        verify(repository, never()).update(any(), anyLong());
        verify(repository, never()).addSuperUser(anyLong(), any(), anyLong());
        assertEquals(0, changes);
    }

    @Test
    public void theGateNamesUnitsNotLiveAndShiftsWithoutCoverToday() {
        ImplementationService.GateGaps gaps = service.gateGaps(1);
        assertEquals(List.of("Nord"), gaps.unitsNotLive());
        assertEquals(List.of(new CoverageGap(10, "Nord", Shift.DAY, Units.TODAY)), gaps.coverageGaps());
    }
}
