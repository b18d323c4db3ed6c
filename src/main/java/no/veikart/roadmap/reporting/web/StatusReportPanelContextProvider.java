package no.veikart.roadmap.reporting.web;

import com.atlassian.sal.api.ApplicationProperties;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.OneModelPanelContextProvider;
import no.veikart.roadmap.reporting.domain.StatusReportService;
import no.veikart.roadmap.reporting.view.StatusReportViews;

/** The status report panel's view model. */
public class StatusReportPanelContextProvider extends OneModelPanelContextProvider {
    public StatusReportPanelContextProvider(StatusReportService reports, StatusReportViews views, JiraUsers users, Texts texts,
            ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super("reports", (actor, issueKey) -> views.overview(reports.overview(actor, issueKey), actor.locale()), users, texts,
                applicationProperties, requestIssues);
    }
}
