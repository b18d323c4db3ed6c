package no.veikart.roadmap.phase.domain;

import java.util.List;

/** A phase of a template, in order, with its steps. {@code customName} null means the i18n name. */
public record PhaseDefinition(String key, String customName, List<StepDefinition> steps) {
    public PhaseDefinition {
        steps = List.copyOf(steps);
    }

    public String nameKey() {
        return "roadmap.phase." + key + ".name";
    }
}
