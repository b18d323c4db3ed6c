package no.veikart.roadmap.pilot.integration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.DecisionAdvice.Advice;
import no.veikart.roadmap.pilot.domain.PilotEvaluation;
import no.veikart.roadmap.pilot.domain.PilotPlan;
import no.veikart.roadmap.pilot.domain.PilotRound;
import no.veikart.roadmap.pilot.domain.Rating;
import no.veikart.roadmap.pilot.domain.Recommendation;
import org.junit.Test;

public class PilotDecisionAdviceTest {
    private static PilotRound evaluated(Recommendation r) {
        Rating x = new Rating(3, null);
        return new PilotRound(1, 2, PilotPlan.EMPTY, false, new PilotEvaluation(x, x, x, x, null, null, r, "why", "m", null), 4);
    }

    @Test
    public void everyRecommendationIsTheDecisionOfTheSameNameExceptProceed() {
        for (Recommendation r : Recommendation.values()) {
            Advice a = PilotDecisionAdvice.advice(evaluated(r));
            assertEquals(r == Recommendation.PROCEED ? Decision.OPERATIONS : Decision.valueOf(r.name()), a.decision());
            assertEquals(List.of(2, r.nameKey()), a.args());
        }
    }

    @Test
    public void anUnevaluatedRoundSaysSo() {
        Advice a = PilotDecisionAdvice.advice(new PilotRound(1, 1, PilotPlan.EMPTY, true, null, 0));
        assertEquals("roadmap.pilot.decisionForm.none", a.key());
        assertNull(a.decision());
    }
}
