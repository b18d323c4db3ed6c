package no.veikart.roadmap.initiative.integration;

import java.util.Collection;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;

/** Where a feature's panel shows: on the initiative issue, and on the issues of its phases and their steps. */
public final class PhasePlacement {
    private final InitiativeService initiatives;

    public PhasePlacement(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    /**
     * Whether {@code issueKey} is an initiative's own issue or that of one of {@code phaseKeys} or their steps; false
     * for an issue the actor may not browse or that belongs to no initiative.
     */
    public boolean shows(Actor actor, String issueKey, Collection<String> phaseKeys) {
        Initiative initiative;
        try {
            initiative = initiatives.get(actor, issueKey);
        } catch (RoadmapException e) {
            return false;
        }
        return initiative.hasIssueIn(issueKey, phaseKeys);
    }
}
