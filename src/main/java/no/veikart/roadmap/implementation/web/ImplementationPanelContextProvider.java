package no.veikart.roadmap.implementation.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.implementation.domain.ImplementationService;
import no.veikart.roadmap.implementation.view.ImplementationViews;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;

/** The implementation panel's view model, read through the service so the panel shows exactly what REST would. */
public class ImplementationPanelContextProvider extends IssuePanelContextProvider {
    private final ImplementationService plans;
    private final ImplementationViews views;

    public ImplementationPanelContextProvider(ImplementationService plans, ImplementationViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.plans = plans;
        this.views = views;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        model.put("plan", views.overview(plans.overview(actor, issueKey), actor.locale()));
    }
}
