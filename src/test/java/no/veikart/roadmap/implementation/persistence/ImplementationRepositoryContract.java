package no.veikart.roadmap.implementation.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.implementation.domain.ImplementationRepository.RowKind;
import no.veikart.roadmap.implementation.domain.NewStaff;
import no.veikart.roadmap.implementation.domain.Shift;
import no.veikart.roadmap.implementation.domain.SuperUser;
import no.veikart.roadmap.implementation.domain.TrainingKind;
import no.veikart.roadmap.implementation.domain.TrainingSession;
import no.veikart.roadmap.implementation.domain.Unit;
import no.veikart.roadmap.implementation.domain.UnitStatus;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.testsupport.ConflictRace;
import org.junit.Test;

/** Implementation plans on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(ImplementationSchema.class)
public abstract class ImplementationRepositoryContract extends ActiveObjectsTestSupport {
    private static final LocalDate D = LocalDate.of(2026, 5, 4);
    private final List<Long> refreshed = new ArrayList<>();

    private AoImplementationRepository repository() {
        return new AoImplementationRepository(activeObjects(), new InitiativeFigures() {
            @Override
            public void refresh(long initiativeId) {
                refreshed.add(initiativeId);
            }

            @Override
            public Rebuild rebuild() {
                return new Rebuild(0, List.of());
            }
        });
    }

    private static Unit unit(long initiativeId, String name) {
        return new Unit(0, initiativeId, 0, name, 24, EnumSet.of(Shift.NIGHT, Shift.DAY), true, false, D, UnitStatus.LIVE, D,
                null, null, "Som forventet; færre besøg om natten", List.of(), List.of(), List.of(), 0);
    }

    @Test
    public void aUnitAndItsRowsRoundTripAndEveryChangeMovesTheVersion() {
        Unit created = repository().create(unit(80, "Hjemmeplejen Nord"));
        assertEquals(1, created.version());
        assertEquals(List.of(Shift.DAY, Shift.NIGHT), created.orderedShifts());
        assertEquals("Som forventet; færre besøg om natten", created.monitoringOutcome());
        assertEquals(D, created.wentLive());
        assertNull(created.stableSince());

        Unit v2 = repository().addSuperUser(created.id(), new SuperUser(0, "Birgit Holm", "bholm", Shift.NIGHT, D, D.plusMonths(2)), 1);
        Unit v3 = repository().addTraining(created.id(), new TrainingSession(0, D.minusDays(3), TrainingKind.INITIAL, 20,
                "Dedikeret underviser", new BigDecimal("3.5")), 2);
        Unit v4 = repository().addNewStaff(created.id(), new NewStaff(0, D.plusMonths(3), 4), 3);
        assertEquals(List.of(2L, 3L, 4L), List.of(v2.version(), v3.version(), v4.version()));
        assertEquals(new SuperUser(v4.superUsers().get(0).id(), "Birgit Holm", "bholm", Shift.NIGHT, D, D.plusMonths(2)),
                v4.superUsers().get(0));
        assertEquals(0, new BigDecimal("3.5").compareTo(v4.trainings().get(0).hours()));
        assertEquals(TrainingKind.INITIAL, v4.trainings().get(0).kind());
        assertEquals(4, v4.newStaff().get(0).count());
        assertEquals(v4, repository().find(created.id()).orElseThrow());
        assertEquals(List.of(v4), repository().findByInitiative(80));
        assertTrue(refreshed.size() >= 4 && refreshed.stream().allMatch(id -> id == 80));

        Unit v5 = repository().deleteRow(created.id(), RowKind.TRAINING, v4.trainings().get(0).id(), 4);
        assertEquals(5, v5.version());
        assertTrue(v5.trainings().isEmpty());
        assertEquals(1, v5.superUsers().size());
    }

    @Test
    public void unitsKeepPlanOrderAndStayWithTheirInitiative() {
        repository().create(unit(81, "Nord"));
        Unit second = unit(81, "Syd");
        repository().create(new Unit(0, 81, 1, "Syd", 10, second.shifts(), false, true, null, UnitStatus.PLANNED, null, null, null,
                null, List.of(), List.of(), List.of(), 0));
        repository().create(unit(82, "Andet"));
        assertEquals(List.of("Nord", "Syd"), repository().findByInitiative(81).stream().map(Unit::name).toList());
        assertEquals(3, repository().findByInitiatives(List.of(81L, 82L, 83L)).size());
        assertEquals(2, repository().countByInitiative(81));
    }

    @Test
    public void aStaleChangeChangesNothingAndDeleteTakesTheRows() {
        Unit created = repository().create(unit(84, "Nord"));
        Unit v2 = repository().addSuperUser(created.id(), new SuperUser(0, "Ane", null, Shift.DAY, null, null), 1);
        assertThrows(RoadmapException.Conflict.class,
                () -> repository().addTraining(created.id(), new TrainingSession(0, D, TrainingKind.FOLLOW_UP, 3, null, null), 1));
        assertThrows(RoadmapException.Conflict.class, () -> repository().update(unit(84, "Anden"), 1));
        assertThrows(RoadmapException.Conflict.class, () -> repository().delete(created.id(), 1));
        assertEquals(v2, repository().find(created.id()).orElseThrow());

        repository().delete(created.id(), 2);
        assertFalse(repository().find(created.id()).isPresent());
        assertEquals(0, activeObjects().count(ImplSuperUserEntity.class, "UNIT_ID = ?", created.id()));
    }

    /** Many editors adding training sessions to one unit at once: one wins a round, the others get the 409. */
    @Test
    @NonTransactional
    public void concurrentEditorsLoseNoUpdate() throws Exception {
        AoImplementationRepository repository = repository();
        long initiativeId = 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        long unitId = repository.create(unit(initiativeId, "Race")).id();
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");

        ConflictRace.Result result = ConflictRace.run("implementation unit@" + db, 8, 12,
                () -> repository.find(unitId).orElseThrow(), Unit::version,
                (seen, mark) -> repository.addTraining(unitId, new TrainingSession(0, D, TrainingKind.INITIAL, 1, mark, null),
                        seen.version()).version());

        Unit stored = repository.find(unitId).orElseThrow();
        List<String> marks = stored.trainings().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).map(TrainingSession::trainer).toList();
        result.assertNoneLost(stored.version(), marks);
    }

    /**
     * Many editors changing one unit in every way at once (its own fields, a super-user, a new-staff record): one wins
     * each round whatever the kind, and every winner's write is stored.
     */
    @Test
    @NonTransactional
    public void concurrentMixedEditsOfOneUnitLoseNoUpdate() throws Exception {
        AoImplementationRepository repository = repository();
        long initiativeId = 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        Unit created = repository.create(unit(initiativeId, "Mixed"));
        Unit blank = repository.update(withOutcome(created, null), created.version());
        long unitId = blank.id();
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");

        ConflictRace.Result result = ConflictRace.run("implementation unit rows@" + db, 8, 12,
                () -> repository.find(unitId).orElseThrow(), Unit::version, (seen, mark) -> switch (Math.floorMod(mark.hashCode(), 3)) {
                    case 0 -> repository.update(withOutcome(seen, ConflictRace.append(seen.monitoringOutcome(), mark)),
                            seen.version()).version();
                    case 1 -> repository.addSuperUser(unitId, new SuperUser(0, mark, null, Shift.NIGHT, D, null),
                            seen.version()).version();
                    default -> repository.addNewStaff(unitId, new NewStaff(0, D, 1), seen.version()).version();
                });

        Unit stored = repository.find(unitId).orElseThrow();
        int outcomes = stored.monitoringOutcome() == null ? 0 : ConflictRace.chain(stored.monitoringOutcome()).size();
        result.assertNoneLost(stored.version(), outcomes + stored.superUsers().size() + stored.newStaff().size());
    }

    private static Unit withOutcome(Unit u, String outcome) {
        return new Unit(u.id(), u.initiativeId(), u.position(), u.name(), u.staff(), u.shifts(), u.pilotUnit(), u.testUnit(),
                u.plannedGoLive(), u.status(), u.wentLive(), u.stableSince(), u.monitoringDate(), outcome, u.superUsers(),
                u.trainings(), u.newStaff(), u.version());
    }
}
