package no.veikart.roadmap.gain.reminder;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.gain.domain.ReminderSource.ReminderTexts;
import no.veikart.roadmap.gain.view.GainFormats;
import no.veikart.roadmap.platform.jira.OptionalServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends follow-up reminders through Jira's mail queue, the queue Jira's own notifications use (its SMTP settings, its
 * retry and error queue). One plain-text mail per owner, in the owner's profile language (English when Jira cannot
 * tell), with a link to each initiative.
 */
public class ReminderMailer {
    static final String SUBJECT = "roadmap.gain.reminder.subject";
    static final String GREETING = "roadmap.gain.reminder.greeting";
    static final String INTRO = "roadmap.gain.reminder.intro";
    static final String DUE_TODAY = "roadmap.gain.reminder.dueToday";
    static final String OVERDUE = "roadmap.gain.reminder.overdue";
    static final String ACTION = "roadmap.gain.reminder.action";
    static final String FOOTER = "roadmap.gain.reminder.footer";
    static final ReminderTexts GAIN_TEXTS = new ReminderTexts(SUBJECT, INTRO, ACTION, FOOTER);
    static final String MIME_TYPE = "text/plain";
    static final String ENCODING = "UTF-8";

    /** Why an owner gets no mail. */
    public enum Skip {
        /** The owner is free text, or a user that was deleted. */
        NOT_A_USER,
        INACTIVE,
        NO_ADDRESS
    }

    /** The owner as a mail recipient, or the reason there is none ({@code skip} non-null). */
    public record Recipient(String address, String name, Locale locale, Skip skip) {
        static Recipient skipped(Skip reason) {
            return new Recipient(null, null, null, reason);
        }

        public boolean reachable() {
            return skip == null;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMailer.class);

    private final MailQueue mailQueue;
    private final AtomicBoolean mailQueueMissing = new AtomicBoolean();
    private final AtomicBoolean localeResolverMissing = new AtomicBoolean();
    private final UserManager users;
    private final LocaleResolver locales;
    private final Texts texts;
    private final ApplicationProperties application;

    public ReminderMailer(MailQueue mailQueue, UserManager users, LocaleResolver locales, Texts texts,
            ApplicationProperties application) {
        this.mailQueue = mailQueue;
        this.users = users;
        this.locales = locales;
        this.texts = texts;
        this.application = application;
    }

    /** The Jira user the gain owner's key names, with address and language. */
    public Recipient recipient(String ownerKey) {
        ApplicationUser user = ownerKey == null || ownerKey.isBlank() ? null : users.getUserByKey(ownerKey.strip());
        if (user == null) {
            return Recipient.skipped(Skip.NOT_A_USER);
        }
        if (!user.isActive()) {
            return Recipient.skipped(Skip.INACTIVE);
        }
        String address = user.getEmailAddress();
        if (address == null || address.isBlank()) {
            return Recipient.skipped(Skip.NO_ADDRESS);
        }
        String name = user.getDisplayName() == null || user.getDisplayName().isBlank() ? user.getUsername() : user.getDisplayName();
        return new Recipient(address.strip(), name, localeOf(user), null);
    }

    /** Queues one gain reminder mail to {@code recipient} listing {@code items}; throws when Jira refuses it. */
    public ReminderMail send(Recipient recipient, List<ReminderItem> items) {
        return send(recipient, items, GAIN_TEXTS);
    }

    /** Queues one mail to {@code recipient} listing {@code items} in {@code words}; throws when Jira refuses it. */
    public ReminderMail send(Recipient recipient, List<ReminderItem> items, ReminderTexts words) {
        ReminderMail mail = compose(recipient, items, words);
        Email email = new Email(mail.to()).setSubject(mail.subject()).setBody(mail.body()).setMimeType(MIME_TYPE)
                .setEncoding(ENCODING);
        try {
            mailQueue.addItem(new SingleMailQueueItem(email));
        } catch (RuntimeException e) {
            if (OptionalServices.unavailable(e)) {
                OptionalServices.reportOnce(mailQueueMissing, LOG, "MailQueue",
                        "follow-up reminders are not mailed; each is recorded as failed and tried again next run");
                throw new IllegalStateException("Jira's mail queue is not available to the plugin", e);
            }
            throw e;
        }
        return mail;
    }

    /** The gain reminder mail's subject and text. */
    public ReminderMail compose(Recipient recipient, List<ReminderItem> items) {
        return compose(recipient, items, GAIN_TEXTS);
    }

    /** The mail's subject and text; no user text goes into the subject. */
    public ReminderMail compose(Recipient recipient, List<ReminderItem> items, ReminderTexts words) {
        Locale locale = recipient.locale();
        String base = baseUrl();
        StringBuilder body = new StringBuilder(512);
        body.append(texts.text(locale, GREETING, oneLine(recipient.name()))).append("\n\n")
                .append(texts.text(locale, words.intro())).append("\n");
        for (ReminderItem item : items) {
            body.append("\n* ");
            if (item.issueKey() != null) {
                body.append(item.issueKey());
                if (item.initiativeSummary() != null && !item.initiativeSummary().isBlank()) {
                    body.append(' ').append(oneLine(item.initiativeSummary()));
                }
                body.append("\n  ");
            }
            body.append(oneLine(item.gainTitle())).append("\n  ")
                    .append(texts.text(locale, item.overdue() ? item.overdueKey() : item.dueTodayKey(), GainFormats.date(item.due(), locale)));
            if (item.issueKey() != null && base != null) {
                body.append("\n  ").append(base).append("/browse/").append(item.issueKey());
            }
            body.append('\n');
        }
        body.append('\n').append(texts.text(locale, words.action())).append("\n\n-- \n")
                .append(texts.text(locale, words.footer())).append('\n');
        return new ReminderMail(recipient.address(), texts.text(locale, words.subject(), items.size()), body.toString());
    }

    private Locale localeOf(ApplicationUser user) {
        try {
            Locale locale = locales.getLocale(new UserKey(user.getKey()));
            return locale == null ? Locale.ENGLISH : locale;
        } catch (RuntimeException e) {
            if (OptionalServices.unavailable(e)) {
                OptionalServices.reportOnce(localeResolverMissing, LOG, "LocaleResolver",
                        "reminder mails are written in English");
            }
            return Locale.ENGLISH;
        }
    }

    private String baseUrl() {
        String url = application.getBaseUrl(UrlMode.CANONICAL);
        return url == null || url.isBlank() ? null : url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** User text on one line of its own: line breaks and other control characters become spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
