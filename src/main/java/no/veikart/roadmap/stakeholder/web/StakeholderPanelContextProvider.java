package no.veikart.roadmap.stakeholder.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationService;
import no.veikart.roadmap.stakeholder.communication.view.CommunicationViews;
import no.veikart.roadmap.stakeholder.domain.StakeholderOverviews;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;
import no.veikart.roadmap.stakeholder.view.StakeholderViews;

/** The anchoring panel's view model, read through the service so the panel shows exactly what REST would. */
public class StakeholderPanelContextProvider extends IssuePanelContextProvider {
    private final StakeholderService stakeholders;
    private final StakeholderOverviews overviews;
    private final StakeholderViews views;
    private final CommunicationService communications;
    private final CommunicationViews communicationViews;

    public StakeholderPanelContextProvider(StakeholderService stakeholders, StakeholderOverviews overviews,
            StakeholderViews views, CommunicationService communications, CommunicationViews communicationViews,
            JiraUsers users, Texts texts, ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.stakeholders = stakeholders;
        this.overviews = overviews;
        this.views = views;
        this.communications = communications;
        this.communicationViews = communicationViews;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        model.put("anchoring", views.overview(overviews.overview(actor, issueKey, StakeholderSorting.Order.LEVEL),
                actor.locale(), stakeholders.today()));
        // The communication plan's audience is the stakeholders: its section belongs to the same panel.
        model.put("communication", communicationViews.plan(communications.plan(actor, issueKey), actor.locale(),
                communications.today()));
    }
}
