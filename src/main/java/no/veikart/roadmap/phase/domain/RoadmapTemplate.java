package no.veikart.roadmap.phase.domain;

import java.util.List;
import java.util.Optional;

/** An ordered set of phases an initiative goes through. {@code id} is 0 before it is stored. */
public record RoadmapTemplate(long id, String name, boolean builtIn, long version, List<PhaseDefinition> phases) {
    public RoadmapTemplate {
        phases = List.copyOf(phases);
    }

    public Optional<PhaseDefinition> phase(String key) {
        return phases.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public RoadmapTemplate withId(long newId, long newVersion) {
        return new RoadmapTemplate(newId, name, builtIn, newVersion, phases);
    }
}
