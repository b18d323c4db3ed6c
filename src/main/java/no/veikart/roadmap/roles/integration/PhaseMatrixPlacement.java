package no.veikart.roadmap.roles.integration;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.PhaseProgress;
import no.veikart.roadmap.phase.domain.StepProgress;
import no.veikart.roadmap.roles.domain.MatrixPlacement;

/** The matrix shows on the initiative issue and on the Service development phase issue and its step issues. */
public class PhaseMatrixPlacement implements MatrixPlacement {
    private final InitiativeService initiatives;

    public PhaseMatrixPlacement(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public boolean showsMatrix(Actor actor, String issueKey) {
        Initiative initiative;
        try {
            initiative = initiatives.get(actor, issueKey);
        } catch (RoadmapException e) {
            return false;
        }
        if (initiative.issue().key().equals(issueKey)) {
            return true;
        }
        for (PhaseProgress p : initiative.phases()) {
            if (RolesGateCondition.PHASE.equals(p.phaseKey())) {
                if (p.issue() != null && issueKey.equals(p.issue().key())) {
                    return true;
                }
                for (StepProgress s : p.steps()) {
                    if (s.issue() != null && issueKey.equals(s.issue().key())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
