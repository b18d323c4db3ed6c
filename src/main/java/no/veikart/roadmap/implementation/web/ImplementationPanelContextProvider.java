package no.veikart.roadmap.implementation.web;

import com.atlassian.sal.api.ApplicationProperties;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.implementation.domain.ImplementationService;
import no.veikart.roadmap.implementation.view.ImplementationViews;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.OneModelPanelContextProvider;

/** The implementation panel's view model. */
public class ImplementationPanelContextProvider extends OneModelPanelContextProvider {
    public ImplementationPanelContextProvider(ImplementationService plans, ImplementationViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super("plan", (actor, issueKey) -> views.overview(plans.overview(actor, issueKey), actor.locale()), users, texts,
                applicationProperties, requestIssues);
    }
}
