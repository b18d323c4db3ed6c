package no.veikart.roadmap.pilot.domain;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;

/** The initiative's gains as the pilot sees them, read through the gain feature's service (which checks browse). */
public interface PilotGains {
    List<GainFact> gains(Actor actor, String issueKey);

    /**
     * Adds a gain found in a pilot to the initiative's gain realisation plan, through the gain feature's service (which
     * checks edit permission and validates, so its 400s name the gain's fields); {@code from} is the day its baseline
     * is dated. Hosts without a gain feature refuse.
     */
    default GainFact addGain(Actor actor, String issueKey, String title, String method, java.time.LocalDate from) {
        throw new UnsupportedOperationException("no gain feature");
    }
}
