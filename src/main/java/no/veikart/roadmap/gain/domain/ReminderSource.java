package no.veikart.roadmap.gain.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Another feature's reminders for the daily reminder job, which claims each once per cluster in the same ledger as
 * the gain reminders and mails them, one mail per owner and source, with the source's texts.
 */
public interface ReminderSource {
    /** The i18n keys of the mail: subject ({0} = number of items), intro, action, footer. */
    ReminderTexts texts();

    /** What is due today or overdue, each with the user key of whom to remind. */
    List<DueReminder> due(LocalDate today);

    /** The i18n keys of one kind of reminder mail. */
    record ReminderTexts(String subject, String intro, String action, String footer) {
    }

    /**
     * One reminder: its key (kind other than {@link ReminderKey#GAIN}), the owner's user key, the initiative, a title
     * (user text, one line) and the i18n keys of its due line ({0} = the due date).
     */
    record DueReminder(ReminderKey key, String ownerKey, long initiativeId, String title, boolean overdue,
            String dueTodayKey, String overdueKey) {
    }
}
