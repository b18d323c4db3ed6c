package no.veikart.roadmap.reporting.reminder;

import java.time.LocalDate;
import java.time.YearMonth;

/** One line of a status report reminder: the initiative and the period whose report is due or overdue. */
public record ReportReminderItem(String issueKey, String summary, YearMonth period, LocalDate due, long daysOverdue) {
}
