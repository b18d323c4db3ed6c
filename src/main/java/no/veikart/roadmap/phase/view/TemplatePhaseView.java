package no.veikart.roadmap.phase.view;

import java.util.List;

public record TemplatePhaseView(String key, String name, boolean customName, List<TemplateStepView> steps) {

    public int stepCount() {
        return steps.size();
    }
}
