package no.veikart.roadmap.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.initiative.domain.InitiativeSummaryReader;

/**
 * Reporting cadences (Jira administrators set them) and the overdue list (anyone, for the initiatives they may
 * browse). Checks run 401, 403, 400, 409.
 */
public class CadenceService {
    public static final String FIELD_DAY = "dueWorkingDay";
    static final String LABEL_DAY = "roadmap.reporting.field.dueWorkingDay";

    private final CadenceRepository cadences;
    private final StatusReportRepository reports;
    private final InitiativeGuard guard;
    private final InitiativeSummaryReader summaries;
    private final AccessControl access;
    private final Clock clock;
    private final AuditLog audit;

    public CadenceService(CadenceRepository cadences, StatusReportRepository reports, InitiativeLookup initiatives,
            InitiativeSummaryReader summaries, AccessControl access, Clock clock, AuditLog audit) {
        this.cadences = cadences;
        this.reports = reports;
        this.guard = new InitiativeGuard(initiatives, access);
        this.summaries = summaries;
        this.access = access;
        this.clock = clock;
        this.audit = audit;
    }

    /** The cadence of each project (stored or default), in the order given. */
    public List<ReportingCadence> cadences(Collection<String> projectKeys) {
        Map<String, ReportingCadence> stored = cadences.find(projectKeys);
        return projectKeys.stream().map(k -> stored.getOrDefault(k, ReportingCadence.defaultFor(k))).toList();
    }

    /** Sets a project's due working day; {@code rawDay} is what the admin typed. */
    public ReportingCadence save(Actor actor, String projectKey, String rawDay, long expectedVersion) {
        InitiativeGuard.requireActor(actor);
        if (!access.isJiraAdmin(actor)) {
            throw new RoadmapException.Forbidden();
        }
        if (projectKey == null || projectKey.isBlank() || !access.canBrowseProject(actor, projectKey.strip())) {
            throw new RoadmapException.NotFound();
        }
        int day = parseDay(rawDay);
        ReportingCadence saved = cadences.save(projectKey.strip(), day, expectedVersion);
        audit.record(AuditEvent.of("reporting.cadence", actor, "project", null, null).with("project", saved.projectKey())
                .with("dueWorkingDay", day).with("version", saved.version()));
        return saved;
    }

    static int parseDay(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RoadmapException.Invalid(FieldError.of(FIELD_DAY, "roadmap.error.required", LABEL_DAY));
        }
        int day;
        try {
            day = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new RoadmapException.Invalid(FieldError.of(FIELD_DAY, "roadmap.error.notANumber", LABEL_DAY));
        }
        if (day < ReportingCadence.MIN_DAY || day > ReportingCadence.MAX_DAY) {
            throw new RoadmapException.Invalid(FieldError.of(FIELD_DAY, "roadmap.error.outOfRange", LABEL_DAY,
                    ReportingCadence.MIN_DAY, ReportingCadence.MAX_DAY));
        }
        return day;
    }

    /**
     * The initiatives of {@code projectKeys} the actor may browse whose report is due or overdue today (halted ones
     * report no more), most overdue first. Three queries whatever the number of initiatives.
     */
    public List<OverdueReport> overdue(Actor actor, Collection<String> projectKeys) {
        List<InitiativeRef> refs = guard.browsableInProjects(actor, projectKeys);
        if (refs.isEmpty()) {
            return List.of();
        }
        Set<String> projects = new HashSet<>();
        refs.forEach(r -> projects.add(r.projectKey()));
        Set<Long> halted = new HashSet<>();
        summaries.inProjects(projects, s -> {
            if (ReportingRules.HALTED.equals(s.status())) {
                halted.add(s.initiativeId());
            }
        });
        Map<String, ReportingCadence> stored = cadences.find(projects);
        Map<Long, StatusReport> latest = reports.latestPublished(refs.stream().map(InitiativeRef::initiativeId).toList());
        LocalDate today = LocalDate.now(clock);
        List<OverdueReport> out = new ArrayList<>();
        for (InitiativeRef ref : refs) {
            if (halted.contains(ref.initiativeId())) {
                continue;
            }
            StatusReport last = latest.get(ref.initiativeId());
            ReportingRules.owed(ref, stored.getOrDefault(ref.projectKey(), ReportingCadence.defaultFor(ref.projectKey())),
                    last == null ? null : last.period(), today).ifPresent(out::add);
        }
        out.sort(Comparator.comparingLong(OverdueReport::daysOverdue).reversed()
                .thenComparing(o -> o.initiative().issueKey(), InitiativeGuard::compareIssueKeys));
        return out;
    }
}
