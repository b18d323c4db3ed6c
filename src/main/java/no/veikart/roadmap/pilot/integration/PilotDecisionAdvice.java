package no.veikart.roadmap.pilot.integration;

import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.DecisionAdvice;
import no.veikart.roadmap.pilot.domain.PilotRound;
import no.veikart.roadmap.pilot.domain.PilotService;
import no.veikart.roadmap.pilot.domain.Recommendation;

/** The piloting decision form shows the current round's recommendation (or that it is not evaluated yet). */
public class PilotDecisionAdvice implements DecisionAdvice {
    private final PilotService pilots;

    public PilotDecisionAdvice(PilotService pilots) {
        this.pilots = pilots;
    }

    @Override
    public Optional<Advice> advice(long initiativeId) {
        return pilots.current(initiativeId).map(PilotDecisionAdvice::advice);
    }

    static Advice advice(PilotRound round) {
        if (round.evaluation() == null) {
            return new Advice("roadmap.pilot.decisionForm.none", List.of(round.round()), null);
        }
        Recommendation r = round.evaluation().recommendation();
        return new Advice("roadmap.pilot.decisionForm.recommends", List.of(round.round(), r.nameKey()), decision(r));
    }

    static Decision decision(Recommendation r) {
        return r == Recommendation.PROCEED ? Decision.OPERATIONS : Decision.valueOf(r.name());
    }
}
