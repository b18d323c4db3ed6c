package no.veikart.roadmap.pilot.domain;

import java.util.List;
import java.util.Optional;

/**
 * How far an initiative has come, read from the phase feature: its pilot rounds follow from it. Implemented in
 * pilot.integration.
 */
public interface PilotStage {
    /** Empty for an unknown initiative. */
    Optional<Stage> stage(long initiativeId);

    /** The piloting decisions taken so far, oldest first (one per closed round). */
    default List<PilotDecision> decisions(long initiativeId) {
        return List.of();
    }

    /**
     * {@code currentRound}: 0 before the initiative reaches Service development (no pilot yet); the round being
     * prepared while it is in Service development or earlier (the phase feature's pilot round + 1); the round running
     * in Piloting; the last one after it. {@code piloting}: whether it is in Piloting now.
     */
    record Stage(int currentRound, boolean piloting, String currentPhase) {
    }
}
