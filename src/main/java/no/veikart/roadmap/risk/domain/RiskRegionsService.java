package no.veikart.roadmap.risk.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.DataChanges;

/**
 * The regions of the risk matrix, changed by Jira administrators on the admin page. Levels are never stored, so every
 * register, heat map, gate and export reads the new regions at once; what stores a level elsewhere (the "Risk level"
 * Jira field) is told through {@code changes}. Each change is audited (numbers only).
 */
public class RiskRegionsService {
    public static final String LOW_MAX = "lowMax";
    public static final String MEDIUM_MAX = "mediumMax";
    public static final String LOW_LABEL = "roadmap.risk.regions.lowMax";
    public static final String MEDIUM_LABEL = "roadmap.risk.regions.mediumMax";
    static final String NOT_A_NUMBER = "roadmap.error.notANumber";

    private final RegionsStore store;
    private final AccessControl access;
    private final AuditLog audit;
    private final DataChanges changes;
    private final RegionsChanged listener;

    /** Told after the regions changed, e.g. to write the "Risk level" fields of the projects' initiatives again. */
    @FunctionalInterface
    public interface RegionsChanged {
        RegionsChanged NONE = (actor, projectKeys) -> { };

        void changed(Actor actor, Collection<String> projectKeys);
    }

    public RiskRegionsService(RegionsStore store, AccessControl access, AuditLog audit, DataChanges changes) {
        this(store, access, audit, changes, RegionsChanged.NONE);
    }

    public RiskRegionsService(RegionsStore store, AccessControl access, AuditLog audit, DataChanges changes,
            RegionsChanged listener) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.changes = changes;
        this.listener = listener;
    }

    public MatrixRegions regions() {
        return store.regions();
    }

    /**
     * Low is 1 … {@code lowMax}, medium up to {@code mediumMax}, high above it: 1 ≤ lowMax < mediumMax ≤ 24, so each
     * level keeps at least one score. {@code expected} ("lowMax,mediumMax" as the form showed them) guards against an
     * older form overwriting a newer change (409). {@code projectKeys}: whose initiatives' stored levels to rewrite.
     */
    public MatrixRegions save(Actor actor, String lowMax, String mediumMax, String expected, Collection<String> projectKeys) {
        if (actor == null) {
            throw new RoadmapException.NotAuthenticated();
        }
        if (!access.isJiraAdmin(actor)) {
            throw new RoadmapException.Forbidden();
        }
        List<FieldError> errors = new ArrayList<>();
        Integer low = number(lowMax, LOW_MAX, LOW_LABEL, 1, 23, errors);
        Integer medium = number(mediumMax, MEDIUM_MAX, MEDIUM_LABEL, low == null ? 2 : low + 1, 24, errors);
        FieldChecks.throwIfAny(errors);
        MatrixRegions before = store.regions();
        MatrixRegions next = new MatrixRegions(low, medium);
        if (expected != null && !expected.isBlank() && !expected.strip().equals(text(before))) {
            throw RoadmapException.Conflict.staleVersion();
        }
        if (next.equals(before)) {
            return before;
        }
        if (!store.replace(before, next)) {
            throw RoadmapException.Conflict.staleVersion();
        }
        audit.record(AuditEvent.of("risk.regions", actor, "riskRegions", null, null)
                .with("lowMaxBefore", before.lowMax()).with("mediumMaxBefore", before.mediumMax())
                .with("lowMax", next.lowMax()).with("mediumMax", next.mediumMax()));
        changes.changed();
        listener.changed(actor, projectKeys);
        return next;
    }

    /** "lowMax,mediumMax": the form's guard against lost updates. */
    public static String text(MatrixRegions regions) {
        return regions.lowMax() + "," + regions.mediumMax();
    }

    private static Integer number(String raw, String field, String label, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(FieldError.of(field, FieldChecks.REQUIRED, label));
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, NOT_A_NUMBER, label));
            return null;
        }
        if (value < min || value > max) {
            errors.add(FieldError.of(field, FieldChecks.OUT_OF_RANGE, label, min, max));
            return null;
        }
        return value;
    }
}
