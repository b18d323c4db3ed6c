package no.veikart.roadmap.roles.integration;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
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
        return initiative.hasIssueIn(issueKey, List.of(RolesGateCondition.PHASE));
    }
}
