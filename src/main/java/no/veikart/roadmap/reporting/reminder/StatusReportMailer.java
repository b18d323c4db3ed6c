package no.veikart.roadmap.reporting.reminder;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.gain.reminder.ReminderMailer;

/**
 * Status report reminders through Jira's mail queue, one plain-text mail per initiative, in the recipient's profile
 * language. Recipients are looked up as for gain reminders ({@link ReminderMailer#recipient}: active users with an
 * address only).
 */
public class StatusReportMailer {
    static final String SUBJECT = "roadmap.reporting.reminder.subject";
    static final String GREETING = "roadmap.reporting.reminder.greeting";
    static final String DUE_TODAY = "roadmap.reporting.reminder.dueToday";
    static final String OVERDUE = "roadmap.reporting.reminder.overdue";
    static final String FOOTER = "roadmap.reporting.reminder.footer";

    private final MailQueue mailQueue;
    private final ReminderMailer recipients;
    private final Texts texts;
    private final ApplicationProperties application;

    public StatusReportMailer(MailQueue mailQueue, ReminderMailer recipients, Texts texts, ApplicationProperties application) {
        this.mailQueue = mailQueue;
        this.recipients = recipients;
        this.texts = texts;
        this.application = application;
    }

    public ReminderMailer.Recipient recipient(String userKey) {
        return recipients.recipient(userKey);
    }

    /** Queues the mail; throws when Jira refuses it (the caller gives the claim back). */
    public void send(ReminderMailer.Recipient to, ReportReminderItem item) {
        Email email = new Email(to.address()).setSubject(subject(to.locale(), item)).setBody(body(to, item))
                .setMimeType("text/plain").setEncoding("UTF-8");
        mailQueue.addItem(new SingleMailQueueItem(email));
    }

    /** No user text in the subject: the issue key and the month only. */
    String subject(Locale locale, ReportReminderItem item) {
        return texts.text(locale, SUBJECT, item.issueKey(), item.period().toString());
    }

    String body(ReminderMailer.Recipient to, ReportReminderItem item) {
        Locale locale = to.locale();
        String due = item.due().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        StringBuilder b = new StringBuilder(256);
        b.append(texts.text(locale, GREETING, oneLine(to.name()))).append("\n\n")
                .append(item.issueKey()).append(' ').append(oneLine(item.summary())).append("\n")
                .append(item.daysOverdue() <= 0 ? texts.text(locale, DUE_TODAY, item.period().toString(), due)
                        : texts.text(locale, OVERDUE, item.period().toString(), due, item.daysOverdue()))
                .append('\n');
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        if (base != null && !base.isBlank()) {
            b.append(base.endsWith("/") ? base.substring(0, base.length() - 1) : base).append("/browse/")
                    .append(item.issueKey()).append('\n');
        }
        return b.append("\n-- \n").append(texts.text(locale, FOOTER)).append('\n').toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
