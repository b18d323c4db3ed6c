package no.veikart.roadmap.implementation.integration;

import com.atlassian.jira.issue.IssueManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.gain.domain.ReminderKey;
import no.veikart.roadmap.gain.domain.ReminderSource;
import no.veikart.roadmap.implementation.domain.ImplementationRepository;
import no.veikart.roadmap.implementation.domain.ImplementationRules;
import no.veikart.roadmap.implementation.domain.ImplementationSettings;
import no.veikart.roadmap.implementation.domain.ImplementationSettingsSource;
import no.veikart.roadmap.implementation.domain.Unit;
import no.veikart.roadmap.initiative.integration.InitiativeOwner;
import no.veikart.roadmap.phase.domain.InitiativeSummaries;
import no.veikart.roadmap.phase.domain.InitiativeSummary;

/**
 * The implementation plan's part of the daily reminders: for every live or stable unit, its monitoring once the
 * monitoring date has come without an outcome, and its follow-up training once due (the admin's thresholds). Each is
 * one reminder per unit and due date (kinds {@value #MONITORING} and {@value #FOLLOW_UP}), so moving the date makes a
 * new one, mailed to the initiative's {@link InitiativeOwner}.
 */
public class ImplementationReminders implements ReminderSource {
    static final String MONITORING = "implMonitoring";
    static final String FOLLOW_UP = "implFollowUp";
    private static final String KEY = "roadmap.implementation.reminder.";
    private static final ReminderTexts TEXTS = new ReminderTexts(KEY + "subject", KEY + "intro", KEY + "action",
            KEY + "footer");

    private final ImplementationRepository units;
    private final ImplementationSettingsSource settings;
    private final InitiativeSummaries initiatives;
    private final IssueManager issues;

    public ImplementationReminders(ImplementationRepository units, ImplementationSettingsSource settings,
            InitiativeSummaries initiatives, IssueManager issues) {
        this.units = units;
        this.settings = settings;
        this.initiatives = initiatives;
        this.issues = issues;
    }

    @Override
    public ReminderTexts texts() {
        return TEXTS;
    }

    @Override
    public List<DueReminder> due(LocalDate today) {
        ImplementationSettings thresholds = settings.settings();
        List<Unit> live = units.findLive();
        Map<Long, InitiativeSummary> byId = initiatives.findSummaries(live.stream().map(Unit::initiativeId).distinct().toList());
        Map<Long, String> owners = new HashMap<>();
        List<DueReminder> due = new ArrayList<>();
        for (Unit u : live) {
            LocalDate monitoring = u.monitoringOutcome() == null ? ImplementationRules.monitoringDate(u, thresholds) : null;
            LocalDate followUp = ImplementationRules.followUpDue(u, thresholds);
            boolean monitoringDue = monitoring != null && !monitoring.isAfter(today);
            boolean followUpDue = followUp != null && !followUp.isAfter(today);
            if (!monitoringDue && !followUpDue) {
                continue;
            }
            String owner = owners.computeIfAbsent(u.initiativeId(), id -> ownerOf(byId.get(id)));
            if (monitoringDue) {
                due.add(new DueReminder(new ReminderKey(MONITORING, u.id(), monitoring), owner, u.initiativeId(), u.name(),
                        monitoring.isBefore(today), KEY + "monitoringDueToday", KEY + "monitoringOverdue"));
            }
            if (followUpDue) {
                due.add(new DueReminder(new ReminderKey(FOLLOW_UP, u.id(), followUp), owner, u.initiativeId(), u.name(),
                        followUp.isBefore(today), KEY + "followUpDueToday", KEY + "followUpOverdue"));
            }
        }
        return due;
    }

    private String ownerOf(InitiativeSummary initiative) {
        return initiative == null ? null : InitiativeOwner.of(issues.getIssueObject(initiative.issueKey()));
    }
}
