package no.veikart.roadmap.risk.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * Use cases of the risk register (ROS). Permissions are those of the initiative issue: browse to read, edit to change.
 * Checks run in this order: 401, 404 (unknown, hidden, or a risk of another initiative), 403, 400, 409 (stale version).
 * Acceptances (given, changed, withdrawn) and deletions are audited.
 */
public class RiskService {
    /** Keeps the panel and the export usable; far above what a ROS holds. */
    public static final int MAX_PER_INITIATIVE = 200;
    public static final String TOO_MANY = "roadmap.risk.error.tooMany";

    private final RiskRepository repository;
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final MeasureIssues issues;
    private final RiskSettings settings;
    private final Clock clock;
    private final AuditLog audit;
    private final DataChanges changes;
    private final RiskValidator validator = new RiskValidator();
    private final RiskLevelSync levels;

    public RiskService(RiskRepository repository, InitiativeLookup initiatives, AccessControl access, MeasureIssues issues,
            RiskSettings settings, Clock clock, AuditLog audit, DataChanges changes) {
        this(repository, initiatives, access, issues, settings, clock, audit, changes,
                new RiskLevelSync(repository, initiatives, settings, RiskLevelField.NONE));
    }

    /** {@code levels} writes the "Risk level" Jira field after every change of a register. */
    public RiskService(RiskRepository repository, InitiativeLookup initiatives, AccessControl access, MeasureIssues issues,
            RiskSettings settings, Clock clock, AuditLog audit, DataChanges changes, RiskLevelSync levels) {
        this.levels = levels;
        this.repository = repository;
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.issues = issues;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.changes = changes;
    }

    public RiskRegister register(Actor actor, String issueKey, RiskRules.Order order) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        List<Risk> risks = new ArrayList<>(repository.findByInitiative(ref.initiativeId()));
        risks.sort((order == null ? RiskRules.Order.LEVEL : order).comparator());
        MatrixRegions regions = settings.regions();
        return new RiskRegister(ref, risks, repository.plan(ref.initiativeId()), regions,
                RiskRules.warnings(risks, regions, today()), access.canEditIssue(actor, ref.issueId()), today());
    }

    public Risk get(Actor actor, String issueKey, long riskId) {
        return riskOf(guard.browsable(actor, issueKey), riskId);
    }

    public Risk create(Actor actor, String issueKey, RiskDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Risk valid = validator.validate(draft, null, ref.initiativeId(), actor.userKey(), today());
        if (repository.countByInitiative(ref.initiativeId()) >= MAX_PER_INITIATIVE) {
            throw new RoadmapException.Conflict(FieldError.of(null, TOO_MANY, MAX_PER_INITIATIVE));
        }
        Risk created = repository.create(valid);
        auditAcceptance(actor, ref, null, created);
        changes.changed();
        levels.publish(actor, ref);
        return created;
    }

    /** Replaces the risk's fields; {@code draft.version()} is required and must be the stored one. */
    public Risk update(Actor actor, String issueKey, long riskId, RiskDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Risk current = riskOf(ref, riskId);
        Risk valid = validator.validate(draft, current, ref.initiativeId(), actor.userKey(), today());
        if (draft == null || draft.version() == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        checkVersion(current, draft.version());
        Risk updated = repository.update(valid, draft.version());
        auditAcceptance(actor, ref, current.acceptance(), updated);
        changes.changed();
        levels.publish(actor, ref);
        return updated;
    }

    /** {@code expectedVersion} null deletes whatever is stored (DELETE often carries no body). */
    public void delete(Actor actor, String issueKey, long riskId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Risk current = riskOf(ref, riskId);
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        repository.delete(current.id(), expected);
        changes.changed();
        levels.publish(actor, ref);
        audit.record(AuditEvent.of("risk.delete", actor, "risk", current.id(), ref.issueKey())
                .with("version", expected).with("measures", current.measures().size()));
    }

    /**
     * Adds a measure; with {@code createIssue} a Jira task is made first (in the initiative's project, linked to it),
     * so a task Jira refuses leaves nothing stored, and a measure that then cannot be stored (stale version) removes
     * the task again.
     */
    public Risk addMeasure(Actor actor, String issueKey, long riskId, MeasureDraft draft, boolean createIssue,
            Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Risk current = riskOf(ref, riskId);
        Measure measure = validator.validateMeasure(draft);
        if (current.measures().size() >= RiskValidator.MAX_MEASURES) {
            throw new RoadmapException.Conflict(FieldError.of("measures", "roadmap.error.tooMany", "roadmap.risk.field.measures",
                    RiskValidator.MAX_MEASURES));
        }
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        checkVersion(current, expected);
        String key = null;
        if (createIssue) {
            key = issues.create(actor, ref, summary(measure), measure.text() + "\n\n" + current.title());
            measure = measure.withIssueKey(key);
        }
        List<Measure> measures = new ArrayList<>(current.measures());
        measures.add(measure);
        try {
            Risk updated = repository.update(current.withMeasures(measures, current.version()), expected);
            changes.changed();
            levels.publish(actor, ref);
            return updated;
        } catch (RuntimeException e) {
            if (key != null) {
                issues.remove(actor, key);
            }
            throw e;
        }
    }

    /**
     * Changes one measure (text, owner, due, status); its Jira task stays as it is. The risk's {@code version} is
     * required, as for every PUT, since measures share it; a measure of another risk is a 404.
     */
    public Risk updateMeasure(Actor actor, String issueKey, long riskId, long measureId, MeasureDraft draft,
            Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Risk current = riskOf(ref, riskId);
        Measure stored = current.measures().stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(RoadmapException.NotFound::new);
        Measure changed = validator.validateMeasure(draft, stored);
        if (expectedVersion == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        checkVersion(current, expectedVersion);
        List<Measure> measures = current.measures().stream().map(m -> m.id() == measureId ? changed : m).toList();
        Risk updated = repository.update(current.withMeasures(measures, current.version()), expectedVersion);
        changes.changed();
        levels.publish(actor, ref);
        return updated;
    }

    /** The Jira status of each measure task of the risks (measure id to status name). */
    public Map<Long, String> issueStatuses(List<Risk> risks) {
        return risks.stream().flatMap(r -> r.measures().stream()).filter(m -> m.issueKey() != null)
                .map(m -> Map.entry(m.id(), issues.status(m.issueKey())))
                .filter(e -> e.getValue().isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(), (a, b) -> a));
    }

    public RiskRepository.ContingencyPlan savePlan(Actor actor, String issueKey, String text, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        String valid = validator.validatePlan(text);
        RiskRepository.ContingencyPlan current = repository.plan(ref.initiativeId());
        long expected = expectedVersion == null ? current.version() : expectedVersion;
        if (current.version() != expected) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return repository.savePlan(ref.initiativeId(), valid, expected);
    }

    /** The risks of the given projects' initiatives the actor may browse, by initiative then level (CSV export). */
    public List<RiskExportRow> export(Actor actor, Collection<String> projectKeys) {
        List<InitiativeRef> refs = guard.browsableInProjects(actor, projectKeys);
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Risk>> byInitiative = repository.findByInitiatives(refs.stream().map(InitiativeRef::initiativeId).toList())
                .stream().collect(Collectors.groupingBy(Risk::initiativeId));
        List<RiskExportRow> rows = new ArrayList<>();
        for (InitiativeRef ref : refs) {
            byInitiative.getOrDefault(ref.initiativeId(), List.of()).stream().sorted(RiskRules.Order.LEVEL.comparator())
                    .map(r -> new RiskExportRow(ref, r)).forEach(rows::add);
        }
        return List.copyOf(rows);
    }

    /** Risks that stay high after measures with neither measure nor acceptance (the gate's rule), by level. */
    public List<Risk> untreated(long initiativeId) {
        return RiskRules.untreated(repository.findByInitiative(initiativeId), settings.regions()).stream()
                .sorted(RiskRules.Order.RESIDUAL.comparator()).toList();
    }

    public MatrixRegions regions() {
        return settings.regions();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void auditAcceptance(Actor actor, InitiativeRef ref, Acceptance before, Risk after) {
        Acceptance now = after.acceptance();
        if (now == before || (now != null && now.equals(before))) {
            return;
        }
        String action = now == null ? "risk.acceptance.withdraw" : "risk.accept";
        audit.record(AuditEvent.of(action, actor, "risk", after.id(), ref.issueKey())
                .with("residualScore", after.residualScore()).with("version", after.version()));
    }

    private static String summary(Measure measure) {
        String line = measure.text().lines().findFirst().orElse(measure.text()).strip();
        return line.length() <= 250 ? line : line.substring(0, 249) + "…";
    }

    private Risk riskOf(InitiativeRef ref, long riskId) {
        return repository.find(riskId).filter(r -> r.initiativeId() == ref.initiativeId())
                .orElseThrow(RoadmapException.NotFound::new);
    }

    private static void checkVersion(Risk current, long expected) {
        if (current.version() != expected) {
            throw RoadmapException.Conflict.staleVersion();
        }
    }
}
