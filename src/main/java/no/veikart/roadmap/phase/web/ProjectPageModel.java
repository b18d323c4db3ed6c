package no.veikart.roadmap.phase.web;

import java.util.List;
import no.veikart.roadmap.phase.view.InitiativeView;

/** View model of a project's roadmap page: its initiatives and the form to start one. */
public record ProjectPageModel(String projectKey, String projectName, boolean canCreate, boolean setUp, boolean admin,
        List<InitiativeView> initiatives, List<AdminProjectOption> templates, List<String> errors, String summary) {

    public boolean hasInitiatives() {
        return !initiatives.isEmpty();
    }
}
