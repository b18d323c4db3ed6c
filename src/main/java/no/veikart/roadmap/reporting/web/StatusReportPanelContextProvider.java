package no.veikart.roadmap.reporting.web;

import com.atlassian.sal.api.ApplicationProperties;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.jira.RequestIssues;
import no.veikart.roadmap.platform.web.IssuePanelContextProvider;
import no.veikart.roadmap.reporting.domain.OrgUnitService;
import no.veikart.roadmap.reporting.domain.StatusReportService;
import no.veikart.roadmap.reporting.view.StatusReportViews;

/** The status report panel's view models: the reports, and the initiative's organisational unit with its choices. */
public class StatusReportPanelContextProvider extends IssuePanelContextProvider {
    private final StatusReportService reports;
    private final StatusReportViews views;
    private final OrgUnitService units;

    public StatusReportPanelContextProvider(StatusReportService reports, StatusReportViews views, OrgUnitService units,
            JiraUsers users, Texts texts, ApplicationProperties applicationProperties, RequestIssues requestIssues) {
        super(users, texts, applicationProperties, requestIssues);
        this.reports = reports;
        this.views = views;
        this.units = units;
    }

    @Override
    protected void addModel(Actor actor, String issueKey, Map<String, Object> model) {
        model.put("reports", views.overview(reports.overview(actor, issueKey), actor.locale()));
        OrgUnitService.UnitOfInitiative mine = units.unitOf(actor, issueKey);
        List<UnitOptionView> options = units.list(actor).stream()
                .map(u -> new UnitOptionView(u.id(), u.label(), mine.unit() != null && mine.unit().id() == u.id())).toList();
        model.put("unit", new UnitPanelView(mine.unit() == null ? "" : mine.unit().label(), mine.version(), mine.editable(),
                !options.isEmpty(), options));
    }
}
