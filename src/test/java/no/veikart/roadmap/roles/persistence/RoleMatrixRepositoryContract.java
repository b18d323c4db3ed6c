package no.veikart.roadmap.roles.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.roles.domain.ActorKind;
import no.veikart.roadmap.roles.domain.Cell;
import no.veikart.roadmap.roles.domain.MatrixActor;
import no.veikart.roadmap.roles.domain.Procedure;
import no.veikart.roadmap.roles.domain.Responsibility;
import no.veikart.roadmap.roles.domain.RoleMatrix;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.testsupport.ConflictRace;
import org.junit.Test;

/** HUKI matrices on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(RoleSchema.class)
public abstract class RoleMatrixRepositoryContract extends ActiveObjectsTestSupport {

    private AoRoleMatrixRepository repository() {
        return new AoRoleMatrixRepository(activeObjects());
    }

    private static RoleMatrix kerteminde(long initiativeId) {
        return new RoleMatrix(initiativeId,
                List.of(new Procedure(-1, "Visitation"), new Procedure(-2, "Træningsplan"), new Procedure(-3, "Ugentlig træning")),
                List.of(new MatrixActor(-10, "Visitator", ActorKind.ROLE, null, null),
                        new MatrixActor(-11, "SOSU-assistent", ActorKind.ROLE, null, 42L),
                        new MatrixActor(-12, "DigiRehab (leverandør)", ActorKind.EXTERNAL, null, null),
                        new MatrixActor(-13, "Mette", ActorKind.USER, "member", null)),
                List.of(new Cell(-1, -10, Responsibility.PRINCIPAL), new Cell(-1, -11, Responsibility.INFORMED),
                        new Cell(-2, -11, Responsibility.EXECUTES), new Cell(-3, -12, Responsibility.CONSULTED),
                        new Cell(-3, -13, Responsibility.PRINCIPAL)),
                0);
    }

    @Test
    public void aMatrixRoundTripsWithRealIdsOrderAndUnicode() {
        assertFalse(repository().find(70).isPresent());
        RoleMatrix saved = repository().save(kerteminde(70), 0);

        assertEquals(1, saved.version());
        assertEquals(List.of("Visitation", "Træningsplan", "Ugentlig træning"), saved.procedures().stream().map(Procedure::name).toList());
        assertTrue(saved.procedures().stream().allMatch(p -> p.id() > 0));
        assertTrue(saved.actors().stream().allMatch(a -> a.id() > 0));
        MatrixActor sosu = saved.actors().get(1);
        assertEquals(Long.valueOf(42), sosu.stakeholderId());
        assertEquals("member", saved.actors().get(3).userKey());
        assertEquals(ActorKind.EXTERNAL, saved.actors().get(2).kind());
        assertEquals(Responsibility.EXECUTES, saved.cell(saved.procedures().get(1).id(), sosu.id()).orElseThrow());
        assertEquals(5, saved.cells().size());
        assertEquals(saved, repository().find(70).orElseThrow());
    }

    @Test
    public void aSaveKeepsStoredIdsRenamesReordersAndDeletesWhatIsGone() {
        RoleMatrix first = repository().save(kerteminde(71), 0);
        Procedure visitation = first.procedures().get(0);
        Procedure training = first.procedures().get(2);
        MatrixActor visitator = first.actors().get(0);
        RoleMatrix changed = new RoleMatrix(71,
                List.of(new Procedure(training.id(), "Ukentlig trening"), new Procedure(-5, "Oppfølgingsmåling"), visitation),
                List.of(visitator),
                List.of(new Cell(training.id(), visitator.id(), Responsibility.PRINCIPAL), new Cell(-5, visitator.id(), Responsibility.EXECUTES)),
                1);

        RoleMatrix saved = repository().save(changed, 1);

        assertEquals(2, saved.version());
        assertEquals(List.of(training.id(), visitation.id()), List.of(saved.procedures().get(0).id(), saved.procedures().get(2).id()));
        assertEquals("Ukentlig trening", saved.procedures().get(0).name());
        assertNotEquals(-5L, saved.procedures().get(1).id());
        assertEquals(1, saved.actors().size());
        assertEquals(2, saved.cells().size());
        assertEquals(Responsibility.EXECUTES, saved.cell(saved.procedures().get(1).id(), visitator.id()).orElseThrow());
        assertEquals(2, repository().findByInitiatives(List.of(70L, 71L, 72L)).stream().filter(m -> m.initiativeId() == 71).findFirst()
                .orElseThrow().cells().size());
    }

    @Test
    public void aStaleSaveChangesNothing() {
        RoleMatrix first = repository().save(kerteminde(73), 0);
        assertThrows(RoadmapException.Conflict.class, () -> repository().save(kerteminde(73), 0));
        assertThrows(RoadmapException.Conflict.class, () -> repository().save(RoleMatrix.empty(73), 5));
        assertEquals(first, repository().find(73).orElseThrow());
        // Nobody can save over a matrix that was never saved with a version it never had.
        assertThrows(RoadmapException.Conflict.class, () -> repository().save(kerteminde(74), 1));
        assertFalse(repository().find(74).isPresent());
    }

    /**
     * Two (here: many) people editing the same grid: every round all read the same version and save at once; one wins,
     * the others get the 409, and the stored matrix holds exactly the winners' rows in order.
     */
    @Test
    @NonTransactional
    public void concurrentEditorsLoseNoUpdate() throws Exception {
        AoRoleMatrixRepository repository = repository();
        long initiativeId = 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");

        ConflictRace.Result result = ConflictRace.run("role matrix@" + db, 8, 12,
                () -> repository.find(initiativeId).orElse(RoleMatrix.empty(initiativeId)), RoleMatrix::version,
                (seen, mark) -> {
                    List<Procedure> procedures = new ArrayList<>(seen.procedures());
                    procedures.add(new Procedure(-1, mark));
                    return repository.save(new RoleMatrix(initiativeId, procedures, seen.actors(), seen.cells(), seen.version()),
                            seen.version()).version();
                });

        RoleMatrix stored = repository.find(initiativeId).orElseThrow();
        result.assertNoneLost(stored.version(), stored.procedures().stream().map(Procedure::name).toList());
    }
}
