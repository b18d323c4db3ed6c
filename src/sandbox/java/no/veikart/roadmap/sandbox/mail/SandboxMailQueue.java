package no.veikart.roadmap.sandbox.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's mail queue without a mail server: every mail the plugin queues is kept in memory (the outbox page and tests
 * read it) and appended to {@code <home>/mail.log}, which survives restarts. Nothing is delivered.
 */
public final class SandboxMailQueue implements MailQueue {

    public static final String LOG_FILE = "mail.log";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxMailQueue.class);

    private final Path logFile;
    private final Clock clock;
    private final List<SentMail> sent = Collections.synchronizedList(new ArrayList<>());

    public SandboxMailQueue(Path logFile, Clock clock) {
        this.logFile = logFile;
        this.clock = clock;
    }

    /** A queued mail as the sandbox keeps it. */
    public record SentMail(Instant queuedAt, String to, String subject, String mimeType, String body) {
    }

    @Override
    public void addItem(MailQueueItem item) {
        SentMail mail;
        if (item instanceof SingleMailQueueItem single && single.getEmail() != null) {
            Email e = single.getEmail();
            mail = new SentMail(clock.instant(), e.getTo(), e.getSubject(), e.getMimeType() + "; charset="
                    + e.getEncoding(), e.getBody());
        } else {
            mail = new SentMail(clock.instant(), "", item.getSubject(), "", "(" + item.getClass().getName() + ")");
        }
        sent.add(mail);
        append(mail);
        LOG.info("Mail queued (sandbox outbox, not delivered): {} ({} characters)", mail.subject(),
                mail.body() == null ? 0 : mail.body().length());
    }

    /** All mails queued since the sandbox started, oldest first. */
    public List<SentMail> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** The mails to one address (case-insensitive), oldest first. */
    public List<SentMail> sentTo(String address) {
        return sent().stream().filter(m -> m.to() != null && m.to().equalsIgnoreCase(address)).toList();
    }

    public Path logFile() {
        return logFile;
    }

    private synchronized void append(SentMail mail) {
        String text = "==== " + mail.queuedAt() + "\nTo: " + mail.to() + "\nSubject: " + mail.subject()
                + "\nContent-Type: " + mail.mimeType() + "\n\n" + mail.body() + (mail.body().endsWith("\n") ? "" : "\n")
                + "\n";
        try {
            Files.writeString(logFile, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot append to {}: {}", logFile, e.toString());
        }
    }
}
