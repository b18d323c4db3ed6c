package no.veikart.roadmap.phase.domain;

import java.util.List;

/** Unvalidated template input from an admin; {@link TemplateValidator} turns it into a {@link RoadmapTemplate}. */
public record TemplateDraft(String name, List<PhaseDraft> phases) {
    public record PhaseDraft(String key, String name, List<StepDraft> steps) {
    }

    public record StepDraft(String key, String name, Boolean mandatory) {
    }
}
