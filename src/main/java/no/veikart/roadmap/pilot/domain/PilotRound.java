package no.veikart.roadmap.pilot.domain;

import java.util.List;

/**
 * One pilot round of an initiative. {@code version} 0 means never saved: the round exists because the initiative has
 * come this far (see {@link PilotRounds}), and its plan is a draft copied from the round before (or empty for round
 * 1). {@code draft} stays true until the team saves the plan of this round.
 */
public record PilotRound(long initiativeId, int round, PilotPlan plan, boolean draft, PilotEvaluation evaluation,
        long version) {

    /** Complete: all ten points and saved in this round (a copied draft must be reviewed first). */
    public boolean complete() {
        return !draft && plan.missing().isEmpty();
    }

    public List<PlanPoint> missing() {
        return plan.missing();
    }

    public PilotRound withPlan(PilotPlan newPlan) {
        return new PilotRound(initiativeId, round, newPlan, false, evaluation, version);
    }

    public PilotRound withEvaluation(PilotEvaluation newEvaluation) {
        return new PilotRound(initiativeId, round, plan, draft, newEvaluation, version);
    }

    public PilotRound withVersion(long newVersion) {
        return new PilotRound(initiativeId, round, plan, draft, evaluation, newVersion);
    }
}
