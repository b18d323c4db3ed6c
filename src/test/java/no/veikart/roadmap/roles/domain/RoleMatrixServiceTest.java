package no.veikart.roadmap.roles.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.roles.domain.RoleMatrixDraft.ActorDraft;
import no.veikart.roadmap.roles.domain.RoleMatrixDraft.CellDraft;
import no.veikart.roadmap.roles.domain.RoleMatrixDraft.ProcedureDraft;
import org.junit.Before;
import org.junit.Test;

public class RoleMatrixServiceTest {
    private static final List<String> PHASES = List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT");
    private static final Actor MEMBER = new Actor("member", "member", "Mette", Locale.forLanguageTag("nb"));
    private static final Actor VIEWER = new Actor("viewer", "viewer", "Vera", Locale.ENGLISH);
    private static final Actor OUTSIDER = new Actor("outsider", "outsider", "Otto", Locale.ENGLISH);
    private static final InitiativeRef DEMO_1 = new InitiativeRef(1, 100, "DEMO-1", "DEMO", PHASES, "SERVICE_DEVELOPMENT");
    private static final InitiativeRef DEMO_7 = new InitiativeRef(2, 700, "DEMO-7", "DEMO", PHASES, "ANCHORING");
    private static final InitiativeRef SECRET_9 = new InitiativeRef(3, 900, "SECRET-9", "SECRET", PHASES, "ANCHORING");

    private final RoleMatrixRepository repository = mock(RoleMatrixRepository.class);
    private final InitiativeLookup lookup = mock(InitiativeLookup.class);
    private final AccessControl access = mock(AccessControl.class);
    private final StakeholderDirectory directory = mock(StakeholderDirectory.class);
    private final List<AuditEvent> audit = new ArrayList<>();
    private RoleMatrixService service;

    private static final RoleMatrix DEMO_7_MATRIX = new RoleMatrix(2, List.of(new Procedure(30, "Ukentlig trening")),
            List.of(new MatrixActor(40, "Terapeut", ActorKind.ROLE, null, 77L), new MatrixActor(41, "Kari", ActorKind.USER, "kari", null)),
            List.of(new Cell(30, 40, Responsibility.PRINCIPAL), new Cell(30, 41, Responsibility.EXECUTES)), 4);

    @Before
    public void setUp() {
        when(lookup.find(any(), eq("DEMO-1"))).thenReturn(Optional.of(DEMO_1));
        when(lookup.find(any(), eq("DEMO-7"))).thenReturn(Optional.of(DEMO_7));
        when(lookup.find(any(), eq("SECRET-9"))).thenReturn(Optional.of(SECRET_9));
        when(lookup.findInProject(any(), eq("DEMO"))).thenReturn(List.of(DEMO_7, DEMO_1));
        for (Actor a : List.of(MEMBER, VIEWER)) {
            when(access.canBrowseIssue(a, 100)).thenReturn(true);
            when(access.canBrowseIssue(a, 700)).thenReturn(true);
            when(access.canBrowseProject(a, "DEMO")).thenReturn(true);
        }
        when(access.canEditIssue(MEMBER, 100)).thenReturn(true);
        when(directory.stakeholders(any(), any())).thenReturn(Map.of(5L, new StakeholderFact(5, "Teamledere", -2)));
        when(repository.find(anyLong())).thenReturn(Optional.empty());
        when(repository.find(2)).thenReturn(Optional.of(DEMO_7_MATRIX));
        when(repository.save(any(), anyLong())).thenAnswer(inv -> ((RoleMatrix) inv.getArgument(0)).withVersion((long) inv.getArgument(1) + 1));
        service = new RoleMatrixService(repository, lookup, access, directory, audit::add);
    }

    private static RoleMatrixDraft oneProcedure(long version, String role) {
        return new RoleMatrixDraft(List.of(new ProcedureDraft(-1L, "Visitasjon")),
                List.of(new ActorDraft(-2L, "Teamleder", "ROLE", null, 5L)), List.of(new CellDraft(-1L, -2L, role)), version);
    }

    @Test
    public void anUnsavedMatrixReadsAsEmptyVersionZero() {
        RoleMatrixOverview o = service.overview(VIEWER, "DEMO-1");
        assertEquals(0, o.matrix().version());
        assertFalse(o.valid());
        assertFalse(o.canEdit());
        assertEquals(MatrixRules.EMPTY, o.warnings().get(0).key());
    }

    @Test
    public void savingChecksTheVersionAndWarnsAboutANegativeStakeholder() {
        RoleMatrixOverview saved = service.save(MEMBER, "DEMO-1", oneProcedure(0, "PRINCIPAL"));
        assertEquals(1, saved.matrix().version());
        assertTrue(saved.valid());
        assertEquals(List.of(MatrixRules.NO_EXECUTOR, MatrixRules.NEGATIVE), saved.warnings().stream().map(RoleWarning::key).toList());
        assertEquals("roles.save", audit.get(0).action());

        assertThrows(RoadmapException.Conflict.class, () -> service.save(MEMBER, "DEMO-1", oneProcedure(3, "PRINCIPAL")));
    }

    @Test
    public void aStaleMatrixIsAConflictEvenWhenItNamesRowsThatAreGone() {
        RoleMatrixDraft stale = new RoleMatrixDraft(List.of(new ProcedureDraft(999L, "Removed meanwhile")), List.of(), List.of(), 3L);
        assertThrows(RoadmapException.Conflict.class, () -> service.save(MEMBER, "DEMO-1", stale));
        assertThrows(RoadmapException.Invalid.class, () -> service.save(MEMBER, "DEMO-1",
                new RoleMatrixDraft(List.of(new ProcedureDraft(999L, "Unknown id")), List.of(), List.of(), 0L)));
    }

    @Test
    public void permissionsComeBeforeInput() {
        assertThrows(RoadmapException.NotAuthenticated.class, () -> service.overview(null, "DEMO-1"));
        assertThrows(RoadmapException.NotFound.class, () -> service.overview(OUTSIDER, "DEMO-1"));
        assertThrows(RoadmapException.NotFound.class, () -> service.overview(MEMBER, "NOPE-1"));
        assertThrows(RoadmapException.Forbidden.class, () -> service.save(VIEWER, "DEMO-1", new RoleMatrixDraft(null, null, null, null)));
        assertThrows(RoadmapException.Invalid.class, () -> service.save(MEMBER, "DEMO-1", oneProcedure(0, "BOSS")));
        verify(repository, never()).save(any(), anyLong());
    }

    @Test
    public void copyingTakesOnlyBrowsableInitiativesAndDropsLinks() {
        assertEquals(List.of("DEMO-7"), service.copySources(MEMBER, "DEMO-1").stream().map(InitiativeRef::issueKey).toList());
        RoleMatrix copy = service.copyFrom(MEMBER, "DEMO-1", "DEMO-7");

        assertEquals(1, copy.initiativeId());
        assertEquals(0, copy.version());
        assertTrue(copy.procedures().stream().allMatch(p -> p.id() < 0));
        assertEquals("Ukentlig trening", copy.procedures().get(0).name());
        assertEquals(null, copy.actors().get(0).stakeholderId());
        assertEquals("kari", copy.actors().get(1).userKey());
        assertEquals(Responsibility.PRINCIPAL, copy.cell(copy.procedures().get(0).id(), copy.actors().get(0).id()).orElseThrow());
        assertThrows(RoadmapException.NotFound.class, () -> service.copyFrom(MEMBER, "DEMO-1", "SECRET-9"));
        assertThrows(RoadmapException.Forbidden.class, () -> service.copyFrom(VIEWER, "DEMO-1", "DEMO-7"));
    }

    @Test
    public void exportHasOnlySavedMatricesOfBrowsableInitiatives() {
        when(repository.findByInitiatives(any())).thenReturn(List.of(DEMO_7_MATRIX));
        List<RoleExportRow> rows = service.export(VIEWER, List.of("DEMO", "SECRET"));
        assertEquals(1, rows.size());
        assertEquals("DEMO-7", rows.get(0).initiative().issueKey());
    }

    @Test
    public void gateGapsNameTheProceduresWithoutOnePrincipal() {
        assertFalse(service.hasProcedures(1));
        assertTrue(service.hasProcedures(2));
        assertEquals(List.of(), service.gateGaps(2));
    }
}
