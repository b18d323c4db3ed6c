package no.veikart.roadmap.reporting.view;

import java.util.List;

/**
 * {@code GET /initiatives/{key}/status-reports} and the panel's model: the reports newest period first, today's
 * suggestions per aspect, the period a new report is for, whether the reader may write, and the draft form (the open
 * draft's values, or a new report's: next period, lights as suggested). {@code formId} is 0 for a new report. The
 * {@code has…} flags spare templates any method call.
 */
public record StatusReportsView(String initiativeKey, boolean editable, String nextPeriod, List<StatusReportView> reports,
        List<LightView> suggestions, boolean hasReports, List<LightOptionView> options, List<FormLightView> form,
        long formId, long formVersion, String formPeriod, String formComment) {
    public StatusReportsView {
        reports = List.copyOf(reports);
        suggestions = List.copyOf(suggestions);
        options = List.copyOf(options);
        form = List.copyOf(form);
    }

    /** The initiative's project: the workbook button exports it (docs/workbook.md). */
    public String projectKey() {
        return initiativeKey.substring(0, initiativeKey.lastIndexOf('-'));
    }
}
