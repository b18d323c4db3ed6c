package no.veikart.roadmap.pilot.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.pilot.domain.Dimension;
import no.veikart.roadmap.pilot.domain.Observation;
import no.veikart.roadmap.pilot.domain.Participants;
import no.veikart.roadmap.pilot.domain.PilotEvaluation;
import no.veikart.roadmap.pilot.domain.PilotPlan;
import no.veikart.roadmap.pilot.domain.PilotRound;
import no.veikart.roadmap.pilot.domain.Rating;
import no.veikart.roadmap.pilot.domain.Recommendation;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.testsupport.ConflictRace;
import org.junit.Test;

/** Pilot rounds and logs on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(PilotSchema.class)
public abstract class PilotRepositoryContract extends ActiveObjectsTestSupport {

    private AoPilotRepository repository() {
        return new AoPilotRepository(activeObjects());
    }

    static PilotPlan kerteminde() {
        return new PilotPlan("Klarer borgerne træningen? Hvad sparer vi?\nDelmål: 10 borgere efter 4 uger", "Ét distrikt: Nord",
                LocalDate.of(2021, 1, 4), LocalDate.of(2021, 4, 30), new Participants(20, 6, 1, "Borgere i hjemmeplejen — æøå"),
                "Brev og hjemmebesøg", "Kursus for trænere", "Hotline hos DigiRehab", List.of(11L, 12L), "Månedligt",
                "Følgeskab", "Logbog".repeat(700));
    }

    @Test
    public void aRoundRoundTripsWithEveryPointAndItsEvaluation() {
        assertTrue(repository().rounds(70).isEmpty());
        PilotRound saved = repository().save(new PilotRound(70, 1, kerteminde(), false, null, 0), 0);
        assertEquals(1, saved.version());
        assertEquals(kerteminde(), saved.plan());
        assertNull(saved.evaluation());
        assertFalse(saved.draft());

        PilotEvaluation e = new PilotEvaluation(new Rating(4, "Glade borgere"), new Rating(2, null), new Rating(5, "Stabil"),
                new Rating(3, null), "Færre fald", null, Recommendation.FURTHER_TESTS, "Ét distrikt er for lidt", "member",
                Instant.parse("2021-05-03T08:00:00Z"));
        PilotRound evaluated = repository().save(saved.withEvaluation(e), 1);
        assertEquals(2, evaluated.version());
        assertEquals(e, evaluated.evaluation());
        assertEquals(List.of(evaluated), repository().rounds(70));
        assertEquals(List.of(evaluated), repository().rounds(List.of(70L, 71L)));
    }

    @Test
    public void staleAndDuplicateFirstSavesAreRefused() {
        repository().save(new PilotRound(72, 1, PilotPlan.EMPTY, true, null, 0), 0);
        assertThrows(RoadmapException.Conflict.class, () -> repository().save(new PilotRound(72, 1, kerteminde(), false, null, 0), 0));
        assertThrows(RoadmapException.Conflict.class, () -> repository().save(new PilotRound(72, 1, kerteminde(), false, null, 5), 5));
        assertEquals(PilotPlan.EMPTY, repository().rounds(72).get(0).plan());
        // Another round of the same initiative has its own version.
        assertEquals(1, repository().save(new PilotRound(72, 2, kerteminde(), false, null, 0), 0).version());
    }

    @Test
    public void observationsAreKeptPerRoundInDateOrderAndDeletedOneByOne() {
        Observation late = repository().add(new Observation(0, 73, 1, LocalDate.of(2021, 3, 1), Dimension.TECHNOLOGY, "Tablet frøs",
                "member", Instant.parse("2021-03-01T10:00:00Z")));
        Observation early = repository().add(new Observation(0, 73, 1, LocalDate.of(2021, 2, 1), Dimension.PEOPLE, "Glæde",
                "admin", Instant.parse("2021-03-01T11:00:00Z")));
        repository().add(new Observation(0, 74, 1, LocalDate.of(2021, 2, 1), Dimension.GAINS, "Other", "admin", null));
        assertEquals(List.of(early, late), repository().observations(73));
        assertEquals(late, repository().observation(73, late.id()).orElseThrow());
        assertFalse(repository().observation(74, late.id()).isPresent());
        repository().delete(late);
        assertEquals(List.of(early), repository().observations(73));
    }

    /** Many editors of one round's plan: each round one wins, the others get 409, and no winner's change is lost. */
    @Test
    @NonTransactional
    public void concurrentEditorsLoseNoUpdate() throws Exception {
        AoPilotRepository repository = repository();
        long initiativeId = 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");
        ConflictRace.Result result = ConflictRace.run("pilot round@" + db, 8, 12,
                () -> repository.rounds(initiativeId).stream().findFirst()
                        .orElse(new PilotRound(initiativeId, 1, PilotPlan.EMPTY, true, null, 0)),
                PilotRound::version,
                (seen, mark) -> {
                    PilotPlan p = seen.plan();
                    String goals = p.goals() == null ? mark : p.goals() + "\n" + mark;
                    PilotPlan next = new PilotPlan(goals, p.scope(), p.startDate(), p.endDate(), p.participants(), p.information(),
                            p.competence(), p.errorHandling(), p.measuredGainIds(), p.measurementText(), p.observation(),
                            p.documentation());
                    return repository.save(seen.withPlan(next), seen.version()).version();
                });
        PilotRound stored = repository.rounds(initiativeId).get(0);
        result.assertNoneLost(stored.version(), Arrays.asList(stored.plan().goals().split("\n")));
    }
}
