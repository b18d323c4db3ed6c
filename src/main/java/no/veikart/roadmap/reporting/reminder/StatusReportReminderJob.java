package no.veikart.roadmap.reporting.reminder;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.veikart.roadmap.gain.reminder.ReminderMailer;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.reporting.domain.CadenceRepository;
import no.veikart.roadmap.reporting.domain.OverdueReport;
import no.veikart.roadmap.reporting.domain.ReportReminderLedger;
import no.veikart.roadmap.reporting.domain.ReportingCadence;
import no.veikart.roadmap.reporting.domain.ReportingRules;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily status report reminders (scheduled once per cluster): every initiative that is not halted and whose
 * report is due or overdue by its project's cadence ({@link ReportingRules}) gets one mail per period, to the
 * initiative issue's assignee, or its reporter when unassigned. The reminder is claimed in the database before the
 * mail is queued, so two runs never both send it; a failed mail gives the claim back for the next run. Logs hold
 * counts and initiative ids only.
 */
public class StatusReportReminderJob implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StatusReportReminderJob.class);

    private final ProjectManager projects;
    private final InitiativeSummaryReader summaries;
    private final CadenceRepository cadences;
    private final StatusReportRepository reports;
    private final ReportReminderLedger ledger;
    private final IssueManager issues;
    private final StatusReportMailer mailer;
    private final Clock clock;

    public StatusReportReminderJob(ProjectManager projects, InitiativeSummaryReader summaries, CadenceRepository cadences,
            StatusReportRepository reports, ReportReminderLedger ledger, IssueManager issues, StatusReportMailer mailer,
            Clock clock) {
        this.projects = projects;
        this.summaries = summaries;
        this.cadences = cadences;
        this.reports = reports;
        this.ledger = ledger;
        this.issues = issues;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int owed, int alreadySent, int sent, int noRecipient, int failed) {
        String message() {
            return "Status report reminders: " + owed + " owed, " + alreadySent + " sent before, " + sent + " sent, "
                    + noRecipient + " without a reachable recipient, " + failed + " failed";
        }
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            Run run = run();
            LOG.info("{}", run.message());
            return run.failed() > 0 ? JobRunnerResponse.failed(run.message()) : JobRunnerResponse.success(run.message());
        } catch (RuntimeException e) {
            LOG.error("Status report reminders stopped ({}); the next run tries again", e.getClass().getName(), e);
            return JobRunnerResponse.failed("Status report reminders stopped: " + e.getClass().getName());
        }
    }

    public Run run() {
        LocalDate today = LocalDate.now(clock);
        List<String> keys = projects.getProjectObjects().stream().map(Project::getKey).toList();
        List<InitiativeSummary> active = new ArrayList<>();
        summaries.inProjects(keys, s -> {
            if (!ReportingRules.HALTED.equals(s.status())) {
                active.add(s);
            }
        });
        if (active.isEmpty()) {
            return new Run(0, 0, 0, 0, 0);
        }
        Map<String, ReportingCadence> stored = cadences.find(keys);
        List<Long> ids = active.stream().map(InitiativeSummary::initiativeId).toList();
        Map<Long, StatusReport> latest = reports.latestPublished(ids);
        Set<String> claimed = ledger.claimed(ids);
        Map<Long, InitiativeSummary> byId = new HashMap<>();
        active.forEach(s -> byId.put(s.initiativeId(), s));
        int owed = 0;
        int before = 0;
        int sent = 0;
        int noRecipient = 0;
        int failed = 0;
        for (InitiativeSummary s : active) {
            StatusReport last = latest.get(s.initiativeId());
            InitiativeRef ref = new InitiativeRef(s.initiativeId(), s.issueId(), s.issueKey(), s.projectKey(), List.of(),
                    s.currentPhase());
            Optional<OverdueReport> due = ReportingRules.owed(ref, stored.getOrDefault(s.projectKey(),
                    ReportingCadence.defaultFor(s.projectKey())), last == null ? null : last.period(), today);
            if (due.isEmpty()) {
                continue;
            }
            owed++;
            OverdueReport o = due.get();
            if (claimed.contains(ReportReminderLedger.key(s.initiativeId(), o.period()))) {
                before++;
                continue;
            }
            ReminderMailer.Recipient to = mailer.recipient(recipientKey(s.issueId()));
            if (!to.reachable()) {
                noRecipient++;
                continue;
            }
            if (!ledger.claim(s.initiativeId(), o.period(), clock.instant())) {
                before++;
                continue;
            }
            try {
                mailer.send(to, new ReportReminderItem(s.issueKey(), s.summary(), o.period(), o.dueDate(), o.daysOverdue()));
                sent++;
            } catch (RuntimeException e) {
                LOG.warn("Status report reminder for initiative {} failed ({}); tried again next run", s.initiativeId(),
                        e.getClass().getName());
                failed++;
                ledger.release(s.initiativeId(), o.period());
            }
        }
        return new Run(owed, before, sent, noRecipient, failed);
    }

    /** The initiative issue's assignee, else its reporter (user keys); null when the issue is gone. */
    private String recipientKey(long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        if (issue == null) {
            return null;
        }
        String assignee = issue.getAssigneeId();
        return assignee != null && !assignee.isBlank() ? assignee : issue.getReporterId();
    }
}
