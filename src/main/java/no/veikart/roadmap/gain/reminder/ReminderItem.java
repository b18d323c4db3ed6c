package no.veikart.roadmap.gain.reminder;

import java.time.LocalDate;

/**
 * One gain in a reminder mail: its initiative (issue key and summary; null when the initiative is gone), the gain's
 * title, and when its measurement was due.
 */
public record ReminderItem(long gainId, String issueKey, String initiativeSummary, String gainTitle, LocalDate due,
        boolean overdue) {
}
