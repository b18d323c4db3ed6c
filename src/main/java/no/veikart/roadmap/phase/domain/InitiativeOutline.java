package no.veikart.roadmap.phase.domain;

import java.util.List;

/** An initiative without its steps and history: enough to list it and check permissions on its issue. */
public record InitiativeOutline(long id, long issueId, String issueKey, String projectKey, String currentPhase,
        List<String> phaseKeys) {
    public InitiativeOutline {
        phaseKeys = List.copyOf(phaseKeys);
    }
}
