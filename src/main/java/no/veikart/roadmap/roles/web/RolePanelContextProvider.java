package no.veikart.roadmap.roles.web;

import com.atlassian.sal.api.ApplicationProperties;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.OneModelPanelContextProvider;
import no.veikart.roadmap.roles.domain.RoleMatrixService;
import no.veikart.roadmap.roles.view.RoleViews;

/** The HUKI panel's view model. */
public class RolePanelContextProvider extends OneModelPanelContextProvider {
    public RolePanelContextProvider(RoleMatrixService roles, RoleViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super("roles", (actor, issueKey) -> views.overview(roles.overview(actor, issueKey), actor.locale()), users, texts,
                applicationProperties, requestIssues);
    }
}
