package no.veikart.roadmap.pilot.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class PilotValidatorTest {
    private final PilotValidator validator = new PilotValidator();

    static PlanDraft plan(String start, String end, Integer users, List<Long> gains, String goals) {
        return new PlanDraft(goals, "Nord", start, end, new PlanDraft.ParticipantsDraft(users, 4, 0, "Borgere"), "Brev", "Kursus",
                "Hotline", new PlanDraft.MeasurementDraft(gains, "Månedlig"), "Besøg", "Logbog", 0L);
    }

    private static List<String> fields(Runnable r) {
        RoadmapException.Invalid e = assertThrows(RoadmapException.Invalid.class, r::run);
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void theEndMustComeAfterTheStart() {
        assertEquals(List.of("endDate"), fields(() -> validator.plan(plan("2021-05-01", "2021-05-01", 1, List.of(), "x"), Set.of())));
        assertEquals(List.of("startDate"), fields(() -> validator.plan(plan("2021-02-30", null, 1, List.of(), "x"), Set.of())));
    }

    @Test
    public void countsGainsAndTextsAreNamedByTheirPath() {
        String controls = "a\u0000b";
        assertEquals(List.of("goals", "participants.users", "measurement.gainIds[1]", "measurement.gainIds[2]"),
                fields(() -> validator.plan(plan(null, null, -1, Arrays.asList(5L, 6L, 5L), controls), Set.of(5L))));
        assertEquals(List.of("goals"), fields(() -> validator.plan(plan(null, null, 1, List.of(), "x".repeat(4001)), Set.of())));
    }

    @Test
    public void anIncompletePlanIsStillAPlan() {
        PilotPlan p = validator.plan(new PlanDraft(" Lære \r\n mere ", null, null, null, null, null, null, null, null, null,
                null, 0L), Set.of());
        assertEquals("Lære \n mere", p.goals());
        assertEquals(9, p.missing().size());
    }

    @Test
    public void anEvaluationNeedsFourRatingsARecommendationAndReasons() {
        EvaluationDraft d = new EvaluationDraft(new EvaluationDraft.RatingDraft(6, null), null,
                new EvaluationDraft.RatingDraft(3, "ok"), new EvaluationDraft.RatingDraft(0, null), null, null, "MAYBE", " ", 1L);
        assertEquals(List.of("people.rating", "organisation.rating", "gains.rating", "recommendation", "reasons"),
                fields(() -> validator.evaluation(d, "member", Instant.EPOCH)));
        EvaluationDraft ok = new EvaluationDraft(new EvaluationDraft.RatingDraft(5, null), new EvaluationDraft.RatingDraft(1, null),
                new EvaluationDraft.RatingDraft(3, "ok"), new EvaluationDraft.RatingDraft(4, null), null, null, "further_tests",
                "Ét distrikt er for lidt", 1L);
        PilotEvaluation e = validator.evaluation(ok, "member", Instant.EPOCH);
        assertEquals(Recommendation.FURTHER_TESTS, e.recommendation());
        assertEquals(1, e.of(Dimension.ORGANISATION).rating());
    }

    @Test
    public void anObservationNeedsDateDimensionAndText() {
        assertEquals(List.of("date", "dimension", "text"),
                fields(() -> validator.observation(new ObservationDraft("yesterday", "MOOD", ""), 1, 1, "member", Instant.EPOCH)));
        assertEquals(Dimension.PEOPLE, validator.observation(new ObservationDraft("2021-02-01", "people", "Glad"), 1, 1, "m",
                Instant.EPOCH).dimension());
    }
}
