package no.veikart.roadmap.phase.web;

import java.util.List;
import no.veikart.roadmap.phase.view.TemplateView;

/** View model of the administration page. */
public record AdminPageModel(List<TemplateView> templates, List<ProjectOption> projects, List<String> messages,
        List<String> errors) {

    public record ProjectOption(String key, String name) {
    }
}
