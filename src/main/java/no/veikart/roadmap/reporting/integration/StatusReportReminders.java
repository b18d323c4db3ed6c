package no.veikart.roadmap.reporting.integration;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.gain.domain.ReminderKey;
import no.veikart.roadmap.gain.domain.ReminderSource;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.initiative.integration.InitiativeOwner;
import no.veikart.roadmap.reporting.domain.CadenceRepository;
import no.veikart.roadmap.reporting.domain.OverdueReport;
import no.veikart.roadmap.reporting.domain.ReportingCadence;
import no.veikart.roadmap.reporting.domain.ReportingRules;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportRepository;

/**
 * The status reports' part of the daily reminders (the gain reminder job's {@link ReminderSource}: scheduled once per
 * cluster, each reminder claimed once in its ledger, a failed mail retried next run): every initiative that is not
 * halted and owes its month's report by its project's cadence ({@link ReportingRules}), one reminder per initiative
 * and due date (kind {@value #KIND}; the due date names the period), to the initiative's {@link InitiativeOwner}. Four
 * queries a run, plus one issue look-up per initiative that owes a report.
 */
public class StatusReportReminders implements ReminderSource {
    static final String KIND = "statusReport";
    private static final String KEY = "roadmap.reporting.reminder.";
    private static final ReminderTexts TEXTS = new ReminderTexts(KEY + "subject", KEY + "intro", KEY + "action",
            KEY + "footer");

    private final ProjectManager projects;
    private final InitiativeSummaryReader summaries;
    private final CadenceRepository cadences;
    private final StatusReportRepository reports;
    private final IssueManager issues;

    public StatusReportReminders(ProjectManager projects, InitiativeSummaryReader summaries, CadenceRepository cadences,
            StatusReportRepository reports, IssueManager issues) {
        this.projects = projects;
        this.summaries = summaries;
        this.cadences = cadences;
        this.reports = reports;
        this.issues = issues;
    }

    @Override
    public ReminderTexts texts() {
        return TEXTS;
    }

    @Override
    public List<DueReminder> due(LocalDate today) {
        List<String> keys = projects.getProjectObjects().stream().map(Project::getKey).toList();
        List<InitiativeSummary> active = new ArrayList<>();
        if (!keys.isEmpty()) {
            summaries.inProjects(keys, s -> {
                if (!ReportingRules.HALTED.equals(s.status())) {
                    active.add(s);
                }
            });
        }
        if (active.isEmpty()) {
            return List.of();
        }
        Map<String, ReportingCadence> stored = cadences.find(keys);
        Map<Long, StatusReport> latest = reports.latestPublished(active.stream().map(InitiativeSummary::initiativeId).toList());
        List<DueReminder> due = new ArrayList<>();
        for (InitiativeSummary s : active) {
            StatusReport last = latest.get(s.initiativeId());
            ReportingRules.owed(new InitiativeRef(s.initiativeId(), s.issueId(), s.issueKey(), s.projectKey(), List.of(),
                    s.currentPhase()), stored.getOrDefault(s.projectKey(), ReportingCadence.defaultFor(s.projectKey())),
                    last == null ? null : last.period(), today).ifPresent(o -> due.add(reminder(s, o)));
        }
        return due;
    }

    private DueReminder reminder(InitiativeSummary s, OverdueReport o) {
        return new DueReminder(new ReminderKey(KIND, s.initiativeId(), o.dueDate()),
                InitiativeOwner.of(issues.getIssueObject(s.issueId())), s.initiativeId(), o.period().toString(),
                o.daysOverdue() > 0, KEY + "dueToday", KEY + "overdue");
    }
}
