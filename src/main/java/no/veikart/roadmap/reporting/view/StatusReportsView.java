package no.veikart.roadmap.reporting.view;

import java.util.List;

/**
 * {@code GET /initiatives/{key}/status-reports} and the panel's model: the reports newest period first, today's
 * suggestions per aspect, the period a new report is for, whether the reader may write, and the one draft (if any)
 * the panel's form edits. The {@code has…} flags spare templates any method call.
 */
public record StatusReportsView(String initiativeKey, boolean editable, String nextPeriod, List<StatusReportView> reports,
        List<LightView> suggestions, StatusReportView openDraft, boolean hasReports, List<LightOptionView> options) {
    public StatusReportsView {
        reports = List.copyOf(reports);
        suggestions = List.copyOf(suggestions);
        options = List.copyOf(options);
    }
}
