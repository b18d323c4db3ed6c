package no.veikart.roadmap.gain.reminder;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.gain.domain.FollowUpRules;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.gain.domain.ReminderClaim;
import no.veikart.roadmap.gain.domain.ReminderKey;
import no.veikart.roadmap.gain.domain.ReminderLedger;
import no.veikart.roadmap.gain.domain.ReminderRecord;
import no.veikart.roadmap.gain.domain.ReminderSource;
import no.veikart.roadmap.gain.domain.ReminderSource.DueReminder;
import no.veikart.roadmap.gain.domain.ReminderSource.ReminderTexts;
import no.veikart.roadmap.phase.domain.InitiativeSummaries;
import no.veikart.roadmap.phase.domain.InitiativeSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily follow-up reminders ({@link FollowUpReminderScheduler} schedules it once per cluster): finds the gains
 * whose next measurement is due today or overdue ({@link FollowUpRules}), groups them by owner and queues one mail per
 * owner ({@link ReminderMailer}); then the same for each other feature's {@link ReminderSource} (one mail per owner
 * and source, in the source's words).
 *
 * <p>Each reminder, a (gain, due date), is sent at most once: before its mail is queued the reminder is claimed in
 * the database ({@link ReminderLedger}), and of two runs claiming it (two nodes, a manual run, a run repeated after a
 * crash) only one gets it. A mail that fails is recorded as failed and its reminders are claimed and sent again by the
 * next run. Owners that are not active Jira users with an address are skipped (counted and logged, nothing else) and
 * looked up again the next run. Logs hold counts and gain ids only, never owners, addresses or titles.
 */
public class FollowUpReminderJob implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpReminderJob.class);

    private final GainRepository gains;
    private final ReminderLedger ledger;
    private final InitiativeSummaries initiatives;
    private final ReminderMailer mailer;
    private final Clock clock;
    private final List<ReminderSource> sources;

    public FollowUpReminderJob(GainRepository gains, ReminderLedger ledger, InitiativeSummaries initiatives,
            ReminderMailer mailer, Clock clock) {
        this(gains, ledger, initiatives, mailer, clock, List.of());
    }

    public FollowUpReminderJob(GainRepository gains, ReminderLedger ledger, InitiativeSummaries initiatives,
            ReminderMailer mailer, Clock clock, List<ReminderSource> sources) {
        this.sources = List.copyOf(sources);
        this.gains = gains;
        this.ledger = ledger;
        this.initiatives = initiatives;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        RunReport report;
        try {
            report = run();
        } catch (RuntimeException e) {
            LOG.error("Gain follow-up reminders stopped ({}): nothing more was sent; the next run tries again",
                    e.getClass().getName(), e);
            return JobRunnerResponse.failed("Gain follow-up reminders stopped: " + e.getClass().getName());
        }
        if (report.hasFailures()) {
            LOG.warn("{}", report.message());
            return JobRunnerResponse.failed(report.message());
        }
        LOG.info("{}", report.message());
        return JobRunnerResponse.success(report.message());
    }

    /** One run at the clock's current instant and date (the date the gain panel calls today). */
    public RunReport run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<DueReminder> gainsDue = new ArrayList<>();
        FollowUpRules.dueByOwner(gains.findMeasurementSchedules(), today).values().forEach(l -> l.forEach(f -> gainsDue.add(
                new DueReminder(f.key(), f.ownerKey(), f.gain().initiativeId(), title(f.gain()), f.overdue(),
                        ReminderMailer.DUE_TODAY, ReminderMailer.OVERDUE))));
        RunReport report = send(gainsDue, ReminderMailer.GAIN_TEXTS, now);
        for (ReminderSource source : sources) {
            List<DueReminder> due;
            try {
                due = source.due(today);
            } catch (RuntimeException e) {
                LOG.warn("Reminders of {} could not be read ({}); tried again next run", source.getClass().getSimpleName(),
                        e.getClass().getName());
                report = report.plus(new RunReport(0, 0, 0, 0, 0, 1, 0));
                continue;
            }
            report = report.plus(send(due, source.texts(), now));
        }
        return report;
    }

    /** Claims and mails {@code due}, one mail per owner with {@code texts}. */
    private RunReport send(List<DueReminder> due, ReminderTexts texts, Instant now) {
        if (due.isEmpty()) {
            return new RunReport(0, 0, 0, 0, 0, 0, 0);
        }
        Map<String, List<DueReminder>> byOwner = new LinkedHashMap<>();
        due.forEach(d -> byOwner.computeIfAbsent(d.ownerKey(), k -> new ArrayList<>()).add(d));
        Map<ReminderKey, ReminderRecord> known = ledger.find(due.stream().map(DueReminder::key).toList());
        Map<Long, InitiativeSummary> names = initiatives.findSummaries(due.stream().map(DueReminder::initiativeId).distinct().toList());
        int done = 0;
        int sent = 0;
        int mails = 0;
        int notUsers = 0;
        int failed = 0;
        int lost = 0;
        for (Map.Entry<String, List<DueReminder>> owner : byOwner.entrySet()) {
            List<DueReminder> pending = new ArrayList<>();
            for (DueReminder f : owner.getValue()) {
                ReminderRecord record = known.get(f.key());
                if (record == null || record.claimable(now)) {
                    pending.add(f);
                } else {
                    done++;
                }
            }
            if (pending.isEmpty()) {
                continue;
            }
            ReminderMailer.Recipient recipient;
            try {
                recipient = mailer.recipient(owner.getKey());
            } catch (RuntimeException e) {
                LOG.warn("Owner lookup failed ({}) for the reminders {}; tried again next run",
                        e.getClass().getName(), keys(pending));
                failed += pending.size();
                continue;
            }
            if (!recipient.reachable()) {
                LOG.info("{} reminder(s) skipped: owner {} ({})", pending.size(), recipient.skip(), keys(pending));
                notUsers += pending.size();
                continue;
            }
            List<ReminderClaim> claims = new ArrayList<>();
            List<ReminderItem> items = new ArrayList<>();
            int taken = 0;
            try {
                for (DueReminder f : pending) {
                    Optional<ReminderClaim> claim = ledger.claim(f.key(), owner.getKey(), now);
                    if (claim.isPresent()) {
                        claims.add(claim.get());
                        items.add(item(f, names.get(f.initiativeId())));
                    } else {
                        taken++;
                    }
                }
                if (!claims.isEmpty()) {
                    mailer.send(recipient, items, texts);
                }
            } catch (RuntimeException e) {
                LOG.warn("Reminders {} failed ({}); recorded, tried again next run", keys(pending), e.getClass().getName());
                lost += taken;
                failed += pending.size() - taken;
                recordFailure(claims, e, now);
                continue;
            }
            lost += taken;
            if (claims.isEmpty()) {
                continue;
            }
            mails++;
            sent += claims.size();
            for (ReminderClaim c : claims) {
                recordSent(c, now);
            }
        }
        return new RunReport(due.size(), done, sent, mails, notUsers, failed, lost);
    }

    /** Failed claims are recorded so the next run retries them; one that cannot be recorded is retried once abandoned. */
    private void recordFailure(List<ReminderClaim> claims, RuntimeException cause, Instant now) {
        for (ReminderClaim c : claims) {
            try {
                ledger.failed(c, cause.getClass().getName(), now);
            } catch (RuntimeException e) {
                LOG.warn("Reminder {} could not be recorded as failed ({}); retried once its claim is abandoned",
                        c.key().text(), e.getClass().getName());
            }
        }
    }

    private void recordSent(ReminderClaim c, Instant now) {
        try {
            if (!ledger.sent(c, now)) {
                LOG.warn("Reminder {} was sent, but another run had taken it over meanwhile", c.key().text());
            }
        } catch (RuntimeException e) {
            LOG.error("Reminder {} was sent but could not be recorded ({}); it may be sent again once its claim is "
                    + "abandoned", c.key().text(), e.getClass().getName());
        }
    }

    private static ReminderItem item(DueReminder f, InitiativeSummary initiative) {
        return new ReminderItem(f.key().subjectId(), initiative == null ? null : initiative.issueKey(),
                initiative == null ? null : initiative.summary(), f.title(), f.key().due(), f.overdue(), f.dueTodayKey(),
                f.overdueKey());
    }

    private static String title(Gain g) {
        return g.title() != null && !g.title().isBlank() ? g.title() : g.indicator() != null ? g.indicator() : "#" + g.id();
    }

    /** Ids and dates only, never titles or owners. */
    private static List<String> keys(List<DueReminder> due) {
        return due.stream().map(d -> d.key().text()).toList();
    }
}
