package no.veikart.roadmap.reporting.domain;

import java.util.List;
import java.util.Map;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * The initiative's reports (newest period first), what its data suggests today, the period a new report would be
 * for, and whether the reader may write reports.
 */
public record StatusReportOverview(InitiativeRef initiative, List<StatusReport> reports, Map<Aspect, Suggestion> suggestions,
        String nextPeriod, boolean editable) {
    public StatusReportOverview {
        reports = List.copyOf(reports);
        suggestions = Map.copyOf(suggestions);
    }
}
