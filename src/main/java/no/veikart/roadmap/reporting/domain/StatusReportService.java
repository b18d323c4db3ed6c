package no.veikart.roadmap.reporting.domain;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.DataChanges;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * Use cases of status reports. Permissions are those of the initiative issue: browse to read, edit to write and
 * publish. Checks run in this order: 401, 404 (unknown initiative or report, or hidden), 403, 409 (published, stale
 * version), 400 (input, override without comment). Publishing is audited and moves the portfolio's figures.
 */
public class StatusReportService {
    private final StatusReportRepository repository;
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final StatusSignals signals;
    private final Clock clock;
    private final AuditLog audit;
    private final DataChanges changes;
    private final StatusReportValidator validator = new StatusReportValidator();

    public StatusReportService(StatusReportRepository repository, InitiativeLookup initiatives, AccessControl access,
            StatusSignals signals, Clock clock, AuditLog audit, DataChanges changes) {
        this.repository = repository;
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.signals = signals;
        this.clock = clock;
        this.audit = audit;
        this.changes = changes;
    }

    public StatusReportOverview overview(Actor actor, String issueKey) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        List<StatusReport> reports = repository.findByInitiative(ref.initiativeId());
        boolean editable = access.canEditIssue(actor, ref.issueId());
        return new StatusReportOverview(ref, reports, signals.suggest(actor, ref.issueKey()), nextPeriod(reports).toString(),
                editable);
    }

    /** A new draft; lights left out are prefilled with what the data suggests (none for an aspect without data). */
    public StatusReport create(Actor actor, String issueKey, StatusReportDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Map<Aspect, Suggestion> suggestions = signals.suggest(actor, ref.issueKey());
        StatusReportValidator.Checked checked = validator.check(orEmpty(draft), suggestions, false);
        Map<Aspect, TrafficLight> lights = new EnumMap<>(Aspect.class);
        suggestions.forEach((a, s) -> {
            if (s.light() != null) {
                lights.put(a, s.light());
            }
        });
        lights.putAll(checked.lights());
        StatusReport created = store(() -> repository.create(ref.initiativeId(), checked.period(), lights, checked.comment()));
        audit.record(event("reporting.create", actor, created, ref));
        return created;
    }

    /** Rewrites a draft as a whole (lights left out are cleared); a published report is a 409. */
    public StatusReport update(Actor actor, String issueKey, long reportId, StatusReportDraft draft, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        StatusReport current = owned(ref, reportId);
        long version = requireWritable(current, expectedVersion);
        StatusReportValidator.Checked checked = validator.check(orEmpty(draft), signals.suggest(actor, ref.issueKey()), false);
        StatusReport updated = store(() -> repository.update(reportId, checked.period(), checked.lights(), checked.comment(),
                version));
        audit.record(event("reporting.update", actor, updated, ref));
        return updated;
    }

    /** Publishes a draft: every light set, the override rule checked against today's data; then it never changes. */
    public StatusReport publish(Actor actor, String issueKey, long reportId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        StatusReport current = owned(ref, reportId);
        long version = requireWritable(current, expectedVersion);
        StatusReportDraft asDraft = new StatusReportDraft(current.period().toString(), current.lightName(Aspect.OVERALL),
                current.lightName(Aspect.PHASE), current.lightName(Aspect.GAINS), current.lightName(Aspect.ANCHORING),
                current.lightName(Aspect.RISKS), current.comment());
        validator.check(asDraft, signals.suggest(actor, ref.issueKey()), true);
        StatusReport published = repository.publish(reportId, actor.userKey(), clock.instant(), version);
        audit.record(event("reporting.publish", actor, published, ref).with("overall", published.light(Aspect.OVERALL)));
        changes.changed();
        return published;
    }

    /**
     * The latest published report of each initiative of {@code projectKeys} the actor may browse, in the guard's order
     * (project as given, then issue key); initiatives without a published report are listed with none. One query.
     */
    public List<LatestReport> latestPublished(Actor actor, Collection<String> projectKeys) {
        List<InitiativeRef> refs = guard.browsableInProjects(actor, projectKeys);
        Map<Long, StatusReport> latest = refs.isEmpty() ? Map.of()
                : repository.latestPublished(refs.stream().map(InitiativeRef::initiativeId).toList());
        return refs.stream().map(r -> new LatestReport(r, latest.get(r.initiativeId()))).toList();
    }

    /** An initiative and its latest published report (null when none). */
    public record LatestReport(InitiativeRef initiative, StatusReport report) {
    }

    /** The month a new report is for: last month, or the month after the newest report when that is later. */
    YearMonth nextPeriod(List<StatusReport> reports) {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth newest = reports.stream().map(StatusReport::period).max(YearMonth::compareTo).orElse(null);
        return newest != null && !newest.isBefore(last) ? newest.plusMonths(1) : last;
    }

    private StatusReport owned(InitiativeRef ref, long reportId) {
        return repository.find(reportId).filter(r -> r.initiativeId() == ref.initiativeId())
                .orElseThrow(RoadmapException.NotFound::new);
    }

    private static long requireWritable(StatusReport current, Long expectedVersion) {
        if (current.published()) {
            throw new RoadmapException.Conflict(FieldError.of("state", "roadmap.reporting.error.published"));
        }
        if (expectedVersion == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        if (expectedVersion != current.version()) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return expectedVersion;
    }

    private static StatusReport store(java.util.function.Supplier<StatusReport> write) {
        try {
            return write.get();
        } catch (StatusReportRepository.PeriodTaken e) {
            // A 409: the input is fine, the month is taken by another report (the current state, as for a stale version).
            throw new RoadmapException.Conflict(FieldError.of("period", "roadmap.reporting.error.periodTaken",
                    "roadmap.reporting.field.period"));
        }
    }

    private static StatusReportDraft orEmpty(StatusReportDraft draft) {
        return draft == null ? new StatusReportDraft(null, null, null, null, null, null, null) : draft;
    }

    private static AuditEvent event(String action, Actor actor, StatusReport r, InitiativeRef ref) {
        return AuditEvent.of(action, actor, "statusReport", r.id(), ref.issueKey()).with("period", r.period())
                .with("version", r.version());
    }
}
