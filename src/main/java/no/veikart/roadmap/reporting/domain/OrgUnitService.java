package no.veikart.roadmap.reporting.domain;

import java.util.ArrayList;
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
 * Organisational units: Jira administrators keep the list; editors of an initiative set its unit (browse to read).
 * Changes are audited and move the portfolio (its grouping by unit).
 */
public class OrgUnitService {
    public static final int MAX_NAME = 120;
    static final String SECTOR = "sector";
    static final String DEPARTMENT = "department";

    private final OrgUnitRepository units;
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final AuditLog audit;
    private final DataChanges changes;

    public OrgUnitService(OrgUnitRepository units, InitiativeLookup initiatives, AccessControl access, AuditLog audit,
            DataChanges changes) {
        this.units = units;
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.audit = audit;
        this.changes = changes;
    }

    /** The list, for any logged-in user (the unit picker). */
    public List<OrgUnit> list(Actor actor) {
        InitiativeGuard.requireActor(actor);
        return units.list();
    }

    public OrgUnit create(Actor actor, String sector, String department) {
        requireAdmin(actor);
        List<FieldError> errors = new ArrayList<>();
        String s = name(sector, SECTOR, "roadmap.reporting.field.sector", errors);
        String d = name(department, DEPARTMENT, "roadmap.reporting.field.department", errors);
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
        OrgUnit created;
        try {
            created = units.create(s, d);
        } catch (OrgUnitRepository.DuplicateUnit e) {
            throw new RoadmapException.Invalid(FieldError.of(DEPARTMENT, "roadmap.reporting.error.unitExists",
                    "roadmap.reporting.field.department"));
        }
        audit.record(AuditEvent.of("reporting.unit.create", actor, "orgUnit", created.id(), null));
        changes.changed();
        return created;
    }

    public void delete(Actor actor, long unitId) {
        requireAdmin(actor);
        if (!units.delete(unitId)) {
            throw new RoadmapException.NotFound();
        }
        audit.record(AuditEvent.of("reporting.unit.delete", actor, "orgUnit", unitId, null));
        changes.changed();
    }

    /** The initiative's unit (null when none) and the assignment's version. */
    public UnitOfInitiative unitOf(Actor actor, String issueKey) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return unitOf(ref, access.canEditIssue(actor, ref.issueId()));
    }

    /** Sets the initiative's unit ({@code unitId} null clears it); 400 naming {@code unitId} for an unknown unit. */
    public UnitOfInitiative assign(Actor actor, String issueKey, Long unitId, Long expectedVersion) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        if (expectedVersion == null) {
            throw new RoadmapException.Invalid(FieldError.of("version", "roadmap.error.required", "roadmap.field.version"));
        }
        if (unitId != null && units.list().stream().noneMatch(u -> u.id() == unitId)) {
            throw new RoadmapException.Invalid(FieldError.of("unitId", "roadmap.error.unknownValue",
                    "roadmap.reporting.field.unit", String.valueOf(unitId)));
        }
        units.assign(ref.initiativeId(), unitId, expectedVersion);
        audit.record(AuditEvent.of("reporting.unit.assign", actor, "initiative", ref.initiativeId(), ref.issueKey())
                .with("unitId", unitId));
        changes.changed();
        return unitOf(ref, true);
    }

    private UnitOfInitiative unitOf(InitiativeRef ref, boolean editable) {
        OrgUnitRepository.Assignment a = units.assignments(List.of(ref.initiativeId())).get(ref.initiativeId());
        Map<Long, OrgUnit> byId = new java.util.HashMap<>();
        units.list().forEach(u -> byId.put(u.id(), u));
        OrgUnit unit = a == null || a.unitId() == null ? null : byId.get(a.unitId());
        return new UnitOfInitiative(ref, unit, a == null ? 0 : a.version(), editable);
    }

    public record UnitOfInitiative(InitiativeRef initiative, OrgUnit unit, long version, boolean editable) {
    }

    private void requireAdmin(Actor actor) {
        InitiativeGuard.requireActor(actor);
        if (!access.isJiraAdmin(actor)) {
            throw new RoadmapException.Forbidden();
        }
    }

    private static String name(String raw, String field, String label, List<FieldError> errors) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            errors.add(FieldError.of(field, "roadmap.error.required", label));
        } else if (v.length() > MAX_NAME) {
            errors.add(FieldError.of(field, "roadmap.error.tooLong", label, MAX_NAME));
        } else if (v.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of(field, "roadmap.reporting.error.unitName", label));
        }
        return v;
    }
}
