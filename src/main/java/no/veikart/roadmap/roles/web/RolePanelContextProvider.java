package no.veikart.roadmap.roles.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;
import no.veikart.roadmap.roles.domain.RoleMatrixService;
import no.veikart.roadmap.roles.view.RoleViews;

/** The HUKI panel's view model, read through the service so the panel shows exactly what REST would. */
public class RolePanelContextProvider extends IssuePanelContextProvider {
    private final RoleMatrixService roles;
    private final RoleViews views;

    public RolePanelContextProvider(RoleMatrixService roles, RoleViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.roles = roles;
        this.views = views;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        model.put("roles", views.overview(roles.overview(actor, issueKey), actor.locale()));
    }
}
