package no.veikart.roadmap.initiative.domain;

import java.util.List;

/**
 * What the anchoring tool needs to know about an initiative: its ids (permissions are checked on the initiative
 * issue), project, its phases in order and the current one.
 */
public record InitiativeRef(long initiativeId, long issueId, String issueKey, String projectKey, List<String> phaseKeys,
        String currentPhase) {
    public InitiativeRef {
        phaseKeys = List.copyOf(phaseKeys);
    }
}
