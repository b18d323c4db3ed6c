package no.veikart.roadmap.gain.reminder;

import java.time.LocalDate;

/**
 * One line of a reminder mail: the thing's id (a gain, or another feature's row), its initiative (issue key and
 * summary; null when the initiative is gone), its title, when it was due, and the i18n keys of the due line.
 */
public record ReminderItem(long gainId, String issueKey, String initiativeSummary, String gainTitle, LocalDate due,
        boolean overdue, String dueTodayKey, String overdueKey) {

    /** A gain's measurement. */
    public ReminderItem(long gainId, String issueKey, String initiativeSummary, String gainTitle, LocalDate due,
            boolean overdue) {
        this(gainId, issueKey, initiativeSummary, gainTitle, due, overdue, ReminderMailer.DUE_TODAY, ReminderMailer.OVERDUE);
    }
}
