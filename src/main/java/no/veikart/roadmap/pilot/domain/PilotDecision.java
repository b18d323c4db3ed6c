package no.veikart.roadmap.pilot.domain;

import java.time.Instant;

/**
 * The piloting decision that closed a round, as the phase feature recorded it: {@code decision} and {@code advised}
 * are decision names (OPERATIONS, FURTHER_TESTS, …); {@code advised} is null when no recommendation was recorded, and
 * then {@code followed} is null too.
 */
public record PilotDecision(int round, String decision, String advised, Boolean followed, String reason, String byName,
        Instant at) {
}
