package no.veikart.roadmap.roles.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.roles.domain.RoleMatrixDraft.ActorDraft;
import no.veikart.roadmap.roles.domain.RoleMatrixDraft.CellDraft;
import no.veikart.roadmap.roles.domain.RoleMatrixDraft.ProcedureDraft;
import org.junit.Test;

public class RoleMatrixValidatorTest {
    private final RoleMatrixValidator validator = new RoleMatrixValidator();
    private static final RoleMatrix STORED = new RoleMatrix(7, List.of(new Procedure(11, "Visitasjon")),
            List.of(new MatrixActor(21, "Terapeut", ActorKind.ROLE, null, null)),
            List.of(new Cell(11, 21, Responsibility.PRINCIPAL)), 3);

    private static RoleMatrixDraft draft(List<ProcedureDraft> p, List<ActorDraft> a, List<CellDraft> c) {
        return new RoleMatrixDraft(p, a, c, 3L);
    }

    private List<FieldError> errors(RoleMatrixDraft d) {
        return assertThrows(RoadmapException.Invalid.class, () -> validator.validate(d, STORED, Set.of(5L))).errors();
    }

    @Test
    public void keepsStoredIdsAndTemporaryOnesInOrder() {
        RoleMatrix m = validator.validate(draft(
                List.of(new ProcedureDraft(-1L, " Opptrening  "), new ProcedureDraft(11L, "Visitasjon")),
                List.of(new ActorDraft(21L, "Terapeut", "role", null, null), new ActorDraft(-2L, "Kari", "USER", "kari", 5L)),
                List.of(new CellDraft(-1L, -2L, "executes"), new CellDraft(11L, 21L, "PRINCIPAL"), new CellDraft(11L, -2L, ""))),
                STORED, Set.of(5L));

        assertEquals(List.of(-1L, 11L), m.procedures().stream().map(Procedure::id).toList());
        assertEquals("Opptrening", m.procedures().get(0).name());
        assertEquals(ActorKind.USER, m.actors().get(1).kind());
        assertEquals(Long.valueOf(5), m.actors().get(1).stakeholderId());
        assertEquals(2, m.cells().size());
        assertEquals(Responsibility.EXECUTES, m.cell(-1, -2).orElseThrow());
        assertEquals(3, m.version());
    }

    @Test
    public void twoPrincipalsOnOneProcedureIsRefusedNamingIt() {
        List<FieldError> errors = errors(draft(List.of(new ProcedureDraft(11L, "Visitasjon")),
                List.of(new ActorDraft(21L, "Terapeut", "ROLE", null, null), new ActorDraft(-1L, "Leder", "ROLE", null, null)),
                List.of(new CellDraft(11L, 21L, "PRINCIPAL"), new CellDraft(11L, -1L, "PRINCIPAL"))));

        assertEquals(1, errors.size());
        assertEquals("procedures[0]", errors.get(0).field());
        assertEquals(RoleMatrixValidator.TWO_PRINCIPALS, errors.get(0).key());
        assertEquals("Visitasjon", errors.get(0).args().get(0).toString());
    }

    @Test
    public void namesAreRequiredCleanAndShortEnough() {
        List<FieldError> errors = errors(draft(
                List.of(new ProcedureDraft(-1L, "  "), new ProcedureDraft(-2L, "Bad\u0000name"), new ProcedureDraft(-3L, "x".repeat(256))),
                List.of(new ActorDraft(-4L, null, "ROLE", null, null), new ActorDraft(-5L, "Tab\tname", "ROLE", null, null)),
                List.of()));

        assertEquals(List.of("procedures[0].name", "procedures[1].name", "procedures[2].name", "actors[0].name", "actors[1].name"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(List.of("roadmap.error.required", "roadmap.error.invalidValue", "roadmap.error.tooLong",
                "roadmap.error.required", "roadmap.error.invalidValue"), errors.stream().map(FieldError::key).toList());
        assertEquals("roadmap.roles.field.procedure", errors.get(0).args().get(0));
        assertEquals("roadmap.roles.field.actor", errors.get(3).args().get(0));
    }

    @Test
    public void idsMustBeThisMatrixsOrNewAndUnique() {
        List<FieldError> errors = errors(draft(
                List.of(new ProcedureDraft(99L, "Foreign"), new ProcedureDraft(-1L, "A"), new ProcedureDraft(-1L, "B"), new ProcedureDraft(0L, "C")),
                List.of(new ActorDraft(-1L, "Same temp id as a procedure", "ROLE", null, null)),
                List.of()));

        assertEquals(List.of("procedures[0].id", "procedures[2].id", "procedures[3].id"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void cellsMustNameRowsAndActorsOfTheDraftWithAKnownRole() {
        List<FieldError> errors = errors(draft(List.of(new ProcedureDraft(11L, "Visitasjon")),
                List.of(new ActorDraft(21L, "Terapeut", "ROLE", null, null)),
                List.of(new CellDraft(12L, 21L, "PRINCIPAL"), new CellDraft(11L, 22L, "PRINCIPAL"), new CellDraft(11L, 21L, "BOSS"),
                        new CellDraft(11L, 21L, "INFORMED"), new CellDraft(11L, 21L, "CONSULTED"))));

        assertEquals(List.of("cells[0].procedureId", "cells[1].actorId", "cells[2].role", "cells[4]"),
                errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void actorsNeedAKnownKindAndOnlyLinkToThisInitiativesStakeholders() {
        List<FieldError> errors = errors(draft(List.of(),
                List.of(new ActorDraft(-1L, "A", null, null, null), new ActorDraft(-2L, "B", "ALIEN", null, null),
                        new ActorDraft(-3L, "C", "ROLE", null, 6L), new ActorDraft(-4L, "D", "ROLE", "kari", null),
                        new ActorDraft(-5L, "E", "EXTERNAL", null, 5L), new ActorDraft(-6L, "F", "EXTERNAL", null, 5L)),
                List.of()));

        assertEquals(List.of("actors[0].kind", "actors[1].kind", "actors[2].stakeholderId", "actors[3].userKey",
                "actors[5].stakeholderId"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void everyListAndEveryIdIsRequiredSoNothingIsDeletedByAccident() {
        List<FieldError> lists = errors(new RoleMatrixDraft(null, null, null, 3L));
        assertEquals(List.of("procedures", "actors", "cells"), lists.stream().map(FieldError::field).toList());
        List<FieldError> ids = errors(draft(List.of(new ProcedureDraft(null, "A")), List.of(new ActorDraft(null, "B", "ROLE", null, null)),
                List.of()));
        assertEquals(List.of("procedures[0].id", "actors[0].id"), ids.stream().map(FieldError::field).toList());
    }

    @Test
    public void versionIsRequiredAndSizeIsBounded() {
        assertEquals("version", errors(new RoleMatrixDraft(List.of(), List.of(), List.of(), null)).get(0).field());
        List<ProcedureDraft> many = new ArrayList<>();
        for (int i = 1; i <= RoleMatrixValidator.MAX_PROCEDURES + 1; i++) {
            many.add(new ProcedureDraft((long) -i, "P" + i));
        }
        List<FieldError> errors = errors(draft(many, List.of(), List.of()));
        assertEquals("procedures", errors.get(0).field());
        assertTrue(errors.get(0).key().endsWith("tooMany"));
    }

    /** The hostile-input suite sent thousands of broken cells: the answer names the first 50, not all of them. */
    @Test
    public void aFloodOfBrokenCellsGivesAtMostFiftyErrors() {
        List<CellDraft> cells = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cells.add(new CellDraft(null, 21L, "PRINCIPAL"));
        }
        List<FieldError> errors = errors(draft(List.of(new ProcedureDraft(11L, "Visitasjon")),
                List.of(new ActorDraft(21L, "Terapeut", "ROLE", null, null)), cells));
        assertEquals(RoleMatrixValidator.MAX_ERRORS, errors.size());
        assertEquals("cells[0].procedureId", errors.get(0).field());
    }
}
