package no.veikart.roadmap.pilot.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.pilot.domain.PilotService;
import no.veikart.roadmap.pilot.view.PilotViews;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;

/** The pilot panel's view model, read through the service so the panel shows exactly what REST would. */
public class PilotPanelContextProvider extends IssuePanelContextProvider {
    private final PilotService pilots;
    private final PilotViews views;

    public PilotPanelContextProvider(PilotService pilots, PilotViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.pilots = pilots;
        this.views = views;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        model.put("pilots", views.panel(pilots.overview(actor, issueKey), actor.locale()));
    }
}
