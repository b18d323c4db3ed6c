package no.veikart.roadmap.reporting.integration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.veikart.roadmap.gain.domain.ReminderSource.DueReminder;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;
import no.veikart.roadmap.reporting.domain.Aspect;
import no.veikart.roadmap.reporting.domain.CadenceRepository;
import no.veikart.roadmap.reporting.domain.ReportState;
import no.veikart.roadmap.reporting.domain.ReportingCadence;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportRepository;
import no.veikart.roadmap.reporting.domain.TrafficLight;
import org.junit.Test;

public class StatusReportRemindersTest {
    /** Tuesday 8 December 2026: the day after November's reports fell due (5th working day, Monday 7th). */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    private static MutableIssue issue(String assignee, String reporter) {
        MutableIssue i = mock(MutableIssue.class);
        when(i.getAssigneeId()).thenReturn(assignee);
        when(i.getReporterId()).thenReturn(reporter);
        return i;
    }

    @Test
    public void remindsTheAssigneeOrReporterOfEveryInitiativeOwingItsReportOnce() {
        Project demo = mock(Project.class);
        when(demo.getKey()).thenReturn("DEMO");
        ProjectManager projects = mock(ProjectManager.class);
        when(projects.getProjectObjects()).thenReturn(List.of(demo));
        InitiativeSummaryReader summaries = new InitiativeSummaryReader() {
            @Override
            public void inProjects(Collection<String> keys, Consumer<InitiativeSummary> sink) {
                sink.accept(InitiativeSummary.empty(1).withInitiative(101, "DEMO-1", "DEMO", "A", "PILOTING", "ACTIVE"));
                sink.accept(InitiativeSummary.empty(2).withInitiative(102, "DEMO-2", "DEMO", "B", "INSIGHT", "ACTIVE"));
                sink.accept(InitiativeSummary.empty(3).withInitiative(103, "DEMO-3", "DEMO", "C", "PILOTING", "HALTED"));
                sink.accept(InitiativeSummary.empty(4).withInitiative(104, "DEMO-4", "DEMO", "D", "INSIGHT", "ACTIVE"));
            }

            @Override
            public void ofIssues(Collection<Long> ids, Consumer<InitiativeSummary> sink) {
            }
        };
        CadenceRepository cadences = mock(CadenceRepository.class);
        when(cadences.find(any())).thenReturn(Map.of());
        StatusReportRepository reports = mock(StatusReportRepository.class);
        when(reports.latestPublished(any())).thenReturn(Map.of(4L, new StatusReport(9, 4, YearMonth.of(2026, 11),
                Map.of(Aspect.OVERALL, TrafficLight.GREEN), null, ReportState.PUBLISHED, "u", Instant.EPOCH, 2)));
        IssueManager issues = mock(IssueManager.class);
        MutableIssue assigned = issue("anna", "rolf");
        MutableIssue unassigned = issue(null, "rolf");
        when(issues.getIssueObject(101L)).thenReturn(assigned);
        when(issues.getIssueObject(102L)).thenReturn(unassigned);

        StatusReportReminders source = new StatusReportReminders(projects, summaries, cadences, reports, issues);
        List<DueReminder> due = source.due(TODAY);

        // DEMO-3 is halted, DEMO-4 has published November's report
        assertEquals(List.of(1L, 2L), due.stream().map(DueReminder::initiativeId).toList());
        assertEquals("anna", due.get(0).ownerKey());
        assertEquals("rolf", due.get(1).ownerKey());
        assertEquals("2026-11", due.get(0).title());
        assertEquals(StatusReportReminders.KIND, due.get(0).key().kind());
        assertEquals(LocalDate.of(2026, 12, 7), due.get(0).key().due());
        assertTrue(due.get(0).overdue());
        // on the due day itself it is due, not overdue
        assertFalse(source.due(LocalDate.of(2026, 12, 7)).get(0).overdue());
        // with the cadence's day later in the month, November is not due yet and October's report counts
        when(cadences.find(any())).thenReturn(Map.of("DEMO", new ReportingCadence("DEMO", 10, 1)));
        List<DueReminder> later = source.due(TODAY);
        assertEquals(LocalDate.of(2026, 11, 13), later.get(0).key().due());
        assertEquals("2026-10", later.get(0).title());
    }
}
