package no.veikart.roadmap.phase.view;

import java.util.List;

/** A roadmap template in the reader's language. */
public record TemplateView(long id, String name, boolean builtIn, long version, List<TemplatePhaseView> phases) {

    public int phaseCount() {
        return phases.size();
    }
}
