package no.veikart.roadmap.stakeholder.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.util.HashMap;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.web.TemplateTexts;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;
import no.veikart.roadmap.stakeholder.view.StakeholderViews;

/** The anchoring panel's view model, read through the service so the panel shows exactly what REST would. */
public class StakeholderPanelContextProvider implements ContextProvider {
    private final StakeholderService stakeholders;
    private final StakeholderViews views;
    private final JiraUsers users;
    private final Texts texts;
    private final ApplicationProperties applicationProperties;

    public StakeholderPanelContextProvider(StakeholderService stakeholders, StakeholderViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties) {
        this.stakeholders = stakeholders;
        this.views = views;
        this.users = users;
        this.texts = texts;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> model = new HashMap<>(context);
        Actor actor = users.currentActor();
        if (actor == null || !(context.get("issue") instanceof Issue issue)) {
            return model;
        }
        model.put("i18n", new TemplateTexts(texts, actor.locale()));
        model.put("contextPath", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        try {
            model.put("anchoring", views.overview(stakeholders.overview(actor, issue.getKey(), StakeholderSorting.Order.LEVEL),
                    actor.locale(), stakeholders.today()));
        } catch (RoadmapException e) {
            // Not an initiative's issue, or not browsable: the panel renders nothing.
        }
        return model;
    }
}
