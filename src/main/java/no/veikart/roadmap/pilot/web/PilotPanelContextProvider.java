package no.veikart.roadmap.pilot.web;

import com.atlassian.sal.api.ApplicationProperties;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.pilot.domain.PilotService;
import no.veikart.roadmap.pilot.view.PilotViews;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.OneModelPanelContextProvider;

/** The pilot panel's view model (plan, log and evaluation of each round). */
public class PilotPanelContextProvider extends OneModelPanelContextProvider {
    public PilotPanelContextProvider(PilotService pilots, PilotViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super("pilots", (actor, issueKey) -> views.panel(pilots.overview(actor, issueKey), actor.locale()), users, texts,
                applicationProperties, requestIssues);
    }
}
