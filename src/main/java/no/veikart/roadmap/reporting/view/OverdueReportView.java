package no.veikart.roadmap.reporting.view;

/** One line of {@code GET /status-reports/overdue}: dates ISO-8601, {@code lastPublished} null when none. */
public record OverdueReportView(String issueKey, String projectKey, String period, String dueDate, long daysOverdue,
        String lastPublished) {
}
