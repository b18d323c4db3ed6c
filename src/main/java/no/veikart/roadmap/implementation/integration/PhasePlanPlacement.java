package no.veikart.roadmap.implementation.integration;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.implementation.domain.PlanPlacement;
import no.veikart.roadmap.initiative.integration.PhasePlacement;
import no.veikart.roadmap.phase.domain.InitiativeService;

/** The plan shows on the initiative issue and on the Transition to operations phase issue and its step issues. */
public class PhasePlanPlacement implements PlanPlacement {
    private final PhasePlacement placement;

    public PhasePlanPlacement(InitiativeService initiatives) {
        this.placement = new PhasePlacement(initiatives);
    }

    @Override
    public boolean showsPlan(Actor actor, String issueKey) {
        return placement.shows(actor, issueKey, List.of(ImplementationGateCondition.PHASE));
    }
}
