package no.veikart.roadmap.pilot.domain;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;

/** The initiative's gains as the pilot sees them, read through the gain feature's service (which checks browse). */
public interface PilotGains {
    List<GainFact> gains(Actor actor, String issueKey);
}
