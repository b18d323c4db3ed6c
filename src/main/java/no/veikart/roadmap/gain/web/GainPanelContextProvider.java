package no.veikart.roadmap.gain.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.gain.domain.GainOverview;
import no.veikart.roadmap.gain.view.GainViews;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;

/** The gain panel's view model (gains with progress and curves, totals, economics), read through the service. */
public class GainPanelContextProvider extends IssuePanelContextProvider {
    private final GainOverviews gains;
    private final GainViews views;

    public GainPanelContextProvider(GainOverviews gains, GainViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.gains = gains;
        this.views = views;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        // one read: the overview carries the initiative and its economics
        GainOverview overview = gains.overview(actor, issueKey);
        model.put("gains", views.overview(overview, actor.locale()));
        model.put("economics", views.economics(overview.initiative().issueKey(), overview.economics(), actor.locale()));
    }
}
