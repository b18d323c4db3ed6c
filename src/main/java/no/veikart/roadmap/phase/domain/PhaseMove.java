package no.veikart.roadmap.phase.domain;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an initiative's phase history. {@code missingSteps} are the step keys that were open when a gate
 * was overridden; {@code to} is null when the initiative was halted. {@code advised} is the decision the pilot
 * evaluation recommended when a piloting decision was taken (null: none was recommended, or not a decision).
 */
public record PhaseMove(String from, String to, Decision decision, String overrideReason, String reason,
        List<String> missingSteps, String actorKey, String actorName, Instant at, int pilotRound, Decision advised) {
    public PhaseMove {
        missingSteps = List.copyOf(missingSteps);
    }

    public PhaseMove(String from, String to, Decision decision, String overrideReason, String reason,
            List<String> missingSteps, String actorKey, String actorName, Instant at, int pilotRound) {
        this(from, to, decision, overrideReason, reason, missingSteps, actorKey, actorName, at, pilotRound, null);
    }

    /** Whether the decision followed the recommendation; null when there was no decision or no recommendation. */
    public Boolean followedAdvice() {
        return decision == null || advised == null ? null : decision == advised;
    }

    public boolean overridden() {
        return overrideReason != null;
    }
}
