package no.veikart.roadmap.phase.view;

import java.util.List;

/** A roadmap template in the reader's language. */
public record TemplateView(long id, String name, boolean builtIn, long version, List<PhaseView> phases) {
    public record PhaseView(String key, String name, boolean customName, List<StepView> steps) {
    }

    public record StepView(String key, String name, boolean customName, boolean mandatory) {
    }
}
