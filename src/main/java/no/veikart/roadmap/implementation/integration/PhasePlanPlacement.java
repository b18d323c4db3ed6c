package no.veikart.roadmap.implementation.integration;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.implementation.domain.PlanPlacement;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;

/** The plan shows on the initiative issue and on the Transition to operations phase issue and its step issues. */
public class PhasePlanPlacement implements PlanPlacement {
    private final InitiativeService initiatives;

    public PhasePlanPlacement(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public boolean showsPlan(Actor actor, String issueKey) {
        Initiative initiative;
        try {
            initiative = initiatives.get(actor, issueKey);
        } catch (RoadmapException e) {
            return false;
        }
        return initiative.hasIssueIn(issueKey, List.of(ImplementationGateCondition.PHASE));
    }
}
