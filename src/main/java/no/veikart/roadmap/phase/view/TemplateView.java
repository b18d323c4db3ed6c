package no.veikart.roadmap.phase.view;

import java.util.List;

/** A roadmap template in the reader's language. */
public record TemplateView(long id, String name, boolean builtIn, long version, List<PhaseView> phases) {

    public int phaseCount() {
        return phases.size();
    }

    public record PhaseView(String key, String name, boolean customName, List<StepView> steps) {

        public int stepCount() {
            return steps.size();
        }
    }

    public record StepView(String key, String name, boolean customName, boolean mandatory) {
    }
}
