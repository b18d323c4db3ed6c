package no.veikart.roadmap.reporting.integration;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.InitiativeStatus;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.PhaseStatus;
import no.veikart.roadmap.reporting.domain.InitiativeSignals;

/** Progress through the phases, read through the phase feature's service (which checks browse itself). */
public class PhaseProgressSignals implements InitiativeSignals.Phases {
    private final InitiativeService initiatives;

    public PhaseProgressSignals(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public InitiativeSignals.PhaseFacts phases(Actor actor, String issueKey) {
        Initiative i = initiatives.get(actor, issueKey);
        int skipped = 0;
        for (PhaseProgress p : i.phases()) {
            if (p.status() == PhaseStatus.DONE) {
                skipped += p.openMandatorySteps().size();
            }
        }
        return new InitiativeSignals.PhaseFacts(i.status() == InitiativeStatus.HALTED, i.currentPhase(),
                Math.max(0, i.indexOf(i.currentPhase())), i.phases().size(), skipped);
    }
}
