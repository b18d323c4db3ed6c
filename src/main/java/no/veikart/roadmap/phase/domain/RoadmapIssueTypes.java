package no.veikart.roadmap.phase.domain;

import java.util.Map;
import java.util.Optional;

/** The Jira issue types and link type a project needs for roadmap issues. */
public record RoadmapIssueTypes(String initiativeTypeId, Map<String, String> phaseTypeIds, String stepTypeId, long linkTypeId) {
    public RoadmapIssueTypes {
        phaseTypeIds = Map.copyOf(phaseTypeIds);
    }

    public Optional<String> phaseTypeId(String phaseKey) {
        return Optional.ofNullable(phaseTypeIds.get(phaseKey));
    }
}
