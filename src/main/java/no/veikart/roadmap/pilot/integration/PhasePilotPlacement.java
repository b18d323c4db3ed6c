package no.veikart.roadmap.pilot.integration;

import java.util.Set;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.integration.PhasePlacement;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.pilot.domain.PilotPlacement;

/**
 * The pilot panel shows on the initiative issue and on the Service development (where the plan is written) and
 * Piloting phase issues and their step issues.
 */
public class PhasePilotPlacement implements PilotPlacement {
    private static final Set<String> PHASES = Set.of(PhasePilotStage.SERVICE_DEVELOPMENT, PhasePilotStage.PILOTING);

    private final PhasePlacement placement;

    public PhasePilotPlacement(InitiativeService initiatives) {
        this.placement = new PhasePlacement(initiatives);
    }

    @Override
    public boolean showsPilots(Actor actor, String issueKey) {
        return placement.shows(actor, issueKey, PHASES);
    }
}
