package no.veikart.roadmap.phase.domain;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an initiative's phase history. {@code missingSteps} are the step keys that were open when a gate
 * was overridden; {@code to} is null when the initiative was halted.
 */
public record PhaseMove(String from, String to, Decision decision, String overrideReason, String reason,
        List<String> missingSteps, String actorKey, String actorName, Instant at, int pilotRound) {
    public PhaseMove {
        missingSteps = List.copyOf(missingSteps);
    }

    public boolean overridden() {
        return overrideReason != null;
    }
}
