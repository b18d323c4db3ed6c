package no.veikart.roadmap.pilot.domain;

import no.veikart.roadmap.common.domain.Actor;

/** Where the pilot panel shows: decided by the phase feature's issues (implemented in pilot.integration). */
public interface PilotPlacement {
    boolean showsPilots(Actor actor, String issueKey);
}
