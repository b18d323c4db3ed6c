package no.veikart.roadmap.roles.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class MatrixRulesTest {
    private static final MatrixActor LEADER = new MatrixActor(1, "Teamleder", ActorKind.ROLE, null, 50L);
    private static final MatrixActor NURSE = new MatrixActor(2, "SOSU-assistent", ActorKind.ROLE, null, null);

    private static List<String> keys(RoleMatrix m, Map<Long, StakeholderFact> s) {
        return MatrixRules.warnings(m, s).stream().map(RoleWarning::key).toList();
    }

    @Test
    public void anEmptyMatrixIsInvalidWithOneWarning() {
        RoleMatrix empty = RoleMatrix.empty(1);
        assertFalse(MatrixRules.valid(empty));
        assertEquals(List.of(MatrixRules.EMPTY), keys(empty, Map.of()));
    }

    @Test
    public void missingPrincipalOrExecutorWarnsPerProcedure() {
        RoleMatrix m = new RoleMatrix(1, List.of(new Procedure(10, "Visitation"), new Procedure(11, "Træningsplan")),
                List.of(LEADER, NURSE),
                List.of(new Cell(10, 1, Responsibility.PRINCIPAL), new Cell(10, 2, Responsibility.EXECUTES),
                        new Cell(11, 2, Responsibility.CONSULTED)), 1);

        assertFalse(MatrixRules.valid(m));
        List<RoleWarning> warnings = MatrixRules.warnings(m, Map.of());
        assertEquals(List.of(MatrixRules.NO_PRINCIPAL, MatrixRules.NO_EXECUTOR), warnings.stream().map(RoleWarning::key).toList());
        assertEquals(Long.valueOf(11), warnings.get(0).procedureId());
        assertEquals("Træningsplan", warnings.get(0).args().get(0).toString());
        assertEquals(List.of("Træningsplan"), MatrixRules.proceduresWithoutOnePrincipal(m));
    }

    @Test
    public void aCompleteMatrixIsValidWithoutWarnings() {
        RoleMatrix m = new RoleMatrix(1, List.of(new Procedure(10, "Visitation")), List.of(LEADER, NURSE),
                List.of(new Cell(10, 1, Responsibility.PRINCIPAL), new Cell(10, 2, Responsibility.EXECUTES)), 1);
        assertTrue(MatrixRules.valid(m));
        assertEquals(List.of(), keys(m, Map.of(50L, new StakeholderFact(50, "Teamledere", 1))));
    }

    @Test
    public void principalForVeryManyProceduresWarnsOnlyAboveTheLimit() {
        List<Procedure> procedures = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int i = 1; i <= MatrixRules.MANY_PRINCIPAL + 1; i++) {
            procedures.add(new Procedure(100 + i, "P" + i));
            cells.add(new Cell(100 + i, 1, Responsibility.PRINCIPAL));
            cells.add(new Cell(100 + i, 2, Responsibility.EXECUTES));
        }
        RoleMatrix many = new RoleMatrix(1, procedures, List.of(LEADER, NURSE), cells, 1);
        assertEquals(List.of(MatrixRules.MANY), keys(many, Map.of()));

        RoleMatrix limit = new RoleMatrix(1, procedures.subList(0, MatrixRules.MANY_PRINCIPAL), List.of(LEADER, NURSE),
                cells.subList(0, 2 * MatrixRules.MANY_PRINCIPAL), 1);
        assertEquals(List.of(), keys(limit, Map.of()));
    }

    @Test
    public void negativeStakeholderHoldingPrincipalOrExecutingWorkWarns() {
        RoleMatrix principal = new RoleMatrix(1, List.of(new Procedure(10, "Visitation")), List.of(LEADER, NURSE),
                List.of(new Cell(10, 1, Responsibility.PRINCIPAL), new Cell(10, 2, Responsibility.EXECUTES)), 1);
        Map<Long, StakeholderFact> negative = Map.of(50L, new StakeholderFact(50, "Teamledere", -1));
        List<RoleWarning> warnings = MatrixRules.warnings(principal, negative);
        assertEquals(List.of(MatrixRules.NEGATIVE), warnings.stream().map(RoleWarning::key).toList());
        assertEquals(Long.valueOf(1), warnings.get(0).actorId());

        MatrixActor therapist = new MatrixActor(3, "Terapeut", ActorKind.ROLE, null, null);
        RoleMatrix onlyInformed = new RoleMatrix(1, List.of(new Procedure(10, "Visitation")), List.of(LEADER, NURSE, therapist),
                List.of(new Cell(10, 2, Responsibility.PRINCIPAL), new Cell(10, 3, Responsibility.EXECUTES),
                        new Cell(10, 1, Responsibility.INFORMED)), 1);
        assertEquals(List.of(), keys(onlyInformed, negative));
        assertEquals(List.of(), keys(principal, Map.of(50L, new StakeholderFact(50, "Teamledere", 0))));
    }

    @Test
    public void cellsCycleThroughTheFourLettersAndBackToEmpty() {
        assertEquals(Responsibility.EXECUTES, Responsibility.PRINCIPAL.next());
        assertEquals(Responsibility.CONSULTED, Responsibility.EXECUTES.next());
        assertEquals(Responsibility.INFORMED, Responsibility.CONSULTED.next());
        assertEquals(null, Responsibility.INFORMED.next());
    }
}
