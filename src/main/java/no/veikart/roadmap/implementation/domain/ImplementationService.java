package no.veikart.roadmap.implementation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
 * Use cases of the implementation plan. Permissions are those of the initiative issue: browse to read, edit to change.
 * Checks run in this order: 401; 404 (unknown or hidden initiative, a unit or row of another initiative); 403; 400
 * (input, naming the field); 409 (stale version of the unit). Rows carry no version of their own: adding or removing
 * one moves the unit's version on, and a {@code version} given with the change must be the unit's stored one.
 */
public class ImplementationService {
    /** Far above any roll-out plan; keeps the panel and the export usable. */
    public static final int MAX_UNITS = 200;
    /** Rows of one kind per unit. */
    public static final int MAX_ROWS = 500;

    private final ImplementationRepository repository;
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final Clock clock;
    private final AuditLog audit;
    private final DataChanges changes;
    private final ImplementationSettingsSource settings;
    private final ImplementationValidator validator = new ImplementationValidator();

    public ImplementationService(ImplementationRepository repository, InitiativeLookup initiatives, AccessControl access,
            Clock clock, AuditLog audit, DataChanges changes, ImplementationSettingsSource settings) {
        this.repository = repository;
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.clock = clock;
        this.audit = audit;
        this.changes = changes;
        this.settings = settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ImplementationOverview overview(Actor actor, String issueKey) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return overview(actor, ref);
    }

    public ImplementationOverview createUnit(Actor actor, String issueKey, UnitDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        int count = repository.countByInitiative(ref.initiativeId());
        Unit valid = validator.unit(draft, null, ref.initiativeId(), count, today());
        if (count >= MAX_UNITS) {
            throw new RoadmapException.Conflict(FieldError.of(null, "roadmap.implementation.error.tooMany", MAX_UNITS));
        }
        Unit created = repository.create(valid);
        changed(actor, ref, "implementation.unit.create", created);
        return overview(actor, ref);
    }

    public ImplementationOverview updateUnit(Actor actor, String issueKey, long unitId, UnitDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Unit current = unitOf(ref, unitId);
        Unit valid = validator.unit(draft, current, ref.initiativeId(), current.position(), today());
        if (draft.version() == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        checkVersion(current, draft.version());
        Unit updated = repository.update(valid, draft.version());
        changed(actor, ref, "implementation.unit.update", updated);
        return overview(actor, ref);
    }

    /** {@code expectedVersion} null deletes whatever is stored (a DELETE often has no body). */
    public ImplementationOverview deleteUnit(Actor actor, String issueKey, long unitId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Unit current = unitOf(ref, unitId);
        long expected = expected(current, expectedVersion);
        repository.delete(unitId, expected);
        changed(actor, ref, "implementation.unit.delete", current);
        return overview(actor, ref);
    }

    public ImplementationOverview addSuperUser(Actor actor, String issueKey, long unitId, SuperUserDraft draft) {
        return addRow(actor, issueKey, unitId, "implementation.superUser.add", draft == null ? null : draft.version(),
                u -> u.superUsers().size(), u -> validator.superUser(draft, u), repository::addSuperUser);
    }

    public ImplementationOverview addTraining(Actor actor, String issueKey, long unitId, TrainingDraft draft) {
        return addRow(actor, issueKey, unitId, "implementation.training.add", draft == null ? null : draft.version(),
                u -> u.trainings().size(), u -> validator.training(draft), repository::addTraining);
    }

    public ImplementationOverview addNewStaff(Actor actor, String issueKey, long unitId, NewStaffDraft draft) {
        return addRow(actor, issueKey, unitId, "implementation.newStaff.add", draft == null ? null : draft.version(),
                u -> u.newStaff().size(), u -> validator.newStaff(draft), repository::addNewStaff);
    }

    /** A row added to a unit in the order of checks of this class: 404, 403, 400, 409, then the row limit. */
    private <R> ImplementationOverview addRow(Actor actor, String issueKey, long unitId, String event, Long version,
            ToIntFunction<Unit> rows, Function<Unit, R> validate, RowWriter<R> write) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Unit current = unitOf(ref, unitId);
        R valid = validate.apply(current);
        long expected = expected(current, version);
        tooMany(rows.applyAsInt(current));
        changed(actor, ref, event, write.add(unitId, valid, expected));
        return overview(actor, ref);
    }

    @FunctionalInterface
    private interface RowWriter<R> {
        Unit add(long unitId, R row, long expectedVersion);
    }

    public ImplementationOverview deleteRow(Actor actor, String issueKey, long unitId, ImplementationRepository.RowKind kind,
            long rowId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        Unit current = unitOf(ref, unitId);
        boolean exists = switch (kind) {
            case SUPER_USER -> current.superUsers().stream().anyMatch(s -> s.id() == rowId);
            case TRAINING -> current.trainings().stream().anyMatch(t -> t.id() == rowId);
            case NEW_STAFF -> current.newStaff().stream().anyMatch(n -> n.id() == rowId);
        };
        if (!exists) {
            throw new RoadmapException.NotFound();
        }
        long expected = expected(current, expectedVersion);
        changed(actor, ref, "implementation.row.delete", repository.deleteRow(unitId, kind, rowId, expected));
        return overview(actor, ref);
    }

    /** The units of the given projects' initiatives the caller may browse, in the guard's order, then plan order. */
    public List<ImplementationExportRow> export(Actor actor, Collection<String> projectKeys) {
        List<InitiativeRef> refs = guard.browsableInProjects(actor, projectKeys);
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Unit>> byInitiative = repository.findByInitiatives(refs.stream().map(InitiativeRef::initiativeId).toList())
                .stream().collect(Collectors.groupingBy(Unit::initiativeId));
        List<ImplementationExportRow> rows = new ArrayList<>();
        for (InitiativeRef ref : refs) {
            byInitiative.getOrDefault(ref.initiativeId(), List.of()).forEach(u -> rows.add(new ImplementationExportRow(ref, u)));
        }
        return rows;
    }

    /** What keeps the initiative from leaving Transition to operations: units not live, and shifts without cover now. */
    public GateGaps gateGaps(long initiativeId) {
        LocalDate today = today();
        List<Unit> units = repository.findByInitiative(initiativeId);
        List<String> notLive = units.stream().filter(u -> !u.status().isLive()).map(Unit::name).toList();
        List<CoverageGap> gaps = units.stream().flatMap(u -> ImplementationRules.currentGaps(u, today).stream()).toList();
        return new GateGaps(notLive, gaps);
    }

    /** Units not live or stable (by name) and the shifts without a super-user today. */
    public record GateGaps(List<String> unitsNotLive, List<CoverageGap> coverageGaps) {
    }

    public ImplementationSettings settings() {
        return settings.settings();
    }

    private ImplementationOverview overview(Actor actor, InitiativeRef ref) {
        List<Unit> units = repository.findByInitiative(ref.initiativeId());
        ImplementationSettings s = settings.settings();
        LocalDate today = today();
        return new ImplementationOverview(ref, units, ImplementationRules.warnings(units, s, today), s, today,
                access.canEditIssue(actor, ref.issueId()));
    }

    private Unit unitOf(InitiativeRef ref, long unitId) {
        return repository.find(unitId).filter(u -> u.initiativeId() == ref.initiativeId())
                .orElseThrow(RoadmapException.NotFound::new);
    }

    private static long expected(Unit current, Long given) {
        long expected = given == null ? current.version() : given;
        checkVersion(current, expected);
        return expected;
    }

    private static void checkVersion(Unit current, long expected) {
        if (current.version() != expected) {
            throw RoadmapException.Conflict.staleVersion();
        }
    }

    private static void tooMany(int size) {
        if (size >= MAX_ROWS) {
            throw new RoadmapException.Conflict(FieldError.of(null, "roadmap.implementation.error.tooManyRows", MAX_ROWS));
        }
    }

    private void changed(Actor actor, InitiativeRef ref, String event, Unit unit) {
        changes.changed();
        audit.record(AuditEvent.of(event, actor, "implementationUnit", unit.id(), ref.issueKey()).with("version", unit.version()));
    }
}
