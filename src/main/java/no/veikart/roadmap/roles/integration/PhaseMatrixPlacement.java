package no.veikart.roadmap.roles.integration;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.integration.PhasePlacement;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.roles.domain.MatrixPlacement;

/** The matrix shows on the initiative issue and on the Service development phase issue and its step issues. */
public class PhaseMatrixPlacement implements MatrixPlacement {
    private final PhasePlacement placement;

    public PhaseMatrixPlacement(InitiativeService initiatives) {
        this.placement = new PhasePlacement(initiatives);
    }

    @Override
    public boolean showsMatrix(Actor actor, String issueKey) {
        return placement.shows(actor, issueKey, List.of(RolesGateCondition.PHASE));
    }
}
