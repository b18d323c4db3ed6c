package no.veikart.roadmap.reporting.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;
import no.veikart.roadmap.reporting.domain.StatusReportService;
import no.veikart.roadmap.reporting.view.StatusReportViews;

/** The status report panel's view model, read through the service so the panel shows exactly what REST would. */
public class StatusReportPanelContextProvider extends IssuePanelContextProvider {
    private final StatusReportService reports;
    private final StatusReportViews views;

    public StatusReportPanelContextProvider(StatusReportService reports, StatusReportViews views, JiraUsers users,
            Texts texts, ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.reports = reports;
        this.views = views;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        model.put("reports", views.overview(reports.overview(actor, issueKey), actor.locale()));
        // The workbook button exports the initiative's project (docs/workbook.md).
        model.put("workbookProject", issueKey.substring(0, issueKey.lastIndexOf('-')));
    }
}
