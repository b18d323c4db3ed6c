package no.veikart.roadmap.roles.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.InputRules;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * Checks a whole matrix once, at the boundary, and names every failing field by its JSON path
 * ({@code procedures[2].name}, {@code actors[0].kind}, {@code cells[5].role}).
 *
 * <ul>
 *   <li>Names are single-line text: stripped, required, no control characters or broken UTF-16, at most
 *       {@link #MAX_NAME} UTF-16 units (the column's length).</li>
 *   <li>Every list is required (an empty one is fine: a missing one would delete rows by accident). A stored
 *       (positive) id must be one of this initiative's matrix; a new row or actor has a negative id, unique in the
 *       draft, which its cells use.</li>
 *   <li>A cell names a procedure and an actor of the draft; an empty or missing role is an empty cell.</li>
 *   <li>Two principals on one procedure is refused (400 naming the procedure); a missing principal only warns
 *       ({@link MatrixRules}).</li>
 * </ul>
 */
public final class RoleMatrixValidator {
    public static final int MAX_NAME = 255;
    public static final int MAX_USER_KEY = 255;
    public static final int MAX_PROCEDURES = 100;
    public static final int MAX_ACTORS = 50;
    /** At most this many errors in one answer: a hostile body of 5 000 broken cells must not make a huge 400. */
    public static final int MAX_ERRORS = 50;

    static final String REQUIRED = FieldChecks.REQUIRED;
    static final String INVALID_VALUE = FieldChecks.INVALID_VALUE;
    static final String UNKNOWN_VALUE = FieldChecks.UNKNOWN_VALUE;
    static final String TOO_MANY = "roadmap.error.tooMany";
    public static final String TWO_PRINCIPALS = "roadmap.roles.error.twoPrincipals";
    public static final String DUPLICATE_CELL = "roadmap.roles.error.duplicateCell";
    static final String PROCEDURE = "roadmap.roles.field.procedure";
    static final String ACTOR = "roadmap.roles.field.actor";
    static final String KIND = "roadmap.roles.field.kind";
    static final String ROLE = "roadmap.roles.field.role";
    static final String USER = "roadmap.roles.field.userKey";
    static final String STAKEHOLDER = "roadmap.roles.field.stakeholder";

    /**
     * The draft as a matrix of {@code current}'s initiative, still with the draft's temporary ids.
     * {@code stakeholderIds} are the initiative's stakeholders an actor may be linked to.
     */
    public RoleMatrix validate(RoleMatrixDraft draft, RoleMatrix current, Set<Long> stakeholderIds) {
        List<FieldError> errors = new ArrayList<>();
        if (draft == null || draft.version() == null) {
            errors.add(FieldError.of("version", REQUIRED, "roadmap.field.version"));
            throw new RoadmapException.Invalid(errors);
        }
        // The whole matrix is sent: a missing list would silently delete rows, so it is an error (an empty one is not).
        if (draft.procedures() == null) {
            errors.add(FieldError.of("procedures", REQUIRED, PROCEDURE));
        }
        if (draft.actors() == null) {
            errors.add(FieldError.of("actors", REQUIRED, ACTOR));
        }
        if (draft.cells() == null) {
            errors.add(FieldError.of("cells", REQUIRED, ROLE));
        }
        FieldChecks.throwIfAny(errors);
        List<RoleMatrixDraft.ProcedureDraft> rawProcedures = draft.procedures();
        List<RoleMatrixDraft.ActorDraft> rawActors = draft.actors();
        List<RoleMatrixDraft.CellDraft> rawCells = draft.cells();
        if (rawProcedures.size() > MAX_PROCEDURES) {
            errors.add(FieldError.of("procedures", TOO_MANY, PROCEDURE, MAX_PROCEDURES));
        }
        if (rawActors.size() > MAX_ACTORS) {
            errors.add(FieldError.of("actors", TOO_MANY, ACTOR, MAX_ACTORS));
        }
        if (rawCells.size() > MAX_PROCEDURES * MAX_ACTORS) {
            errors.add(FieldError.of("cells", TOO_MANY, ROLE, MAX_PROCEDURES * MAX_ACTORS));
        }
        FieldChecks.throwIfAny(errors);

        Set<Long> storedProcedures = new HashSet<>(current.procedures().stream().map(Procedure::id).toList());
        Set<Long> storedActors = new HashSet<>(current.actors().stream().map(MatrixActor::id).toList());
        List<Procedure> procedures = new ArrayList<>();
        Set<Long> procedureIds = new HashSet<>();
        for (int i = 0; i < rawProcedures.size(); i++) {
            RoleMatrixDraft.ProcedureDraft p = rawProcedures.get(i);
            String path = "procedures[" + i + "]";
            String name = FieldChecks.text(p == null ? null : p.name(), path + ".name", PROCEDURE, MAX_NAME, true, false,
                    errors);
            long id = id(p == null ? null : p.id(), storedProcedures, procedureIds, path + ".id", PROCEDURE, errors);
            procedures.add(new Procedure(id, name));
        }
        List<MatrixActor> actors = new ArrayList<>();
        Set<Long> actorIds = new HashSet<>();
        Set<Long> linked = new HashSet<>();
        for (int i = 0; i < rawActors.size(); i++) {
            RoleMatrixDraft.ActorDraft a = rawActors.get(i);
            String path = "actors[" + i + "]";
            RoleMatrixDraft.ActorDraft d = a == null ? new RoleMatrixDraft.ActorDraft(null, null, null, null, null) : a;
            String name = FieldChecks.text(d.name(), path + ".name", ACTOR, MAX_NAME, true, false, errors);
            ActorKind kind = FieldChecks.enumValue(d.kind(), ActorKind.class, path + ".kind", KIND, true, errors);
            String userKey = FieldChecks.strip(d.userKey());
            if (userKey != null && (!InputRules.isCleanText(userKey, false) || userKey.length() > MAX_USER_KEY)) {
                errors.add(FieldError.of(path + ".userKey", INVALID_VALUE, USER));
                userKey = null;
            } else if (userKey != null && kind != null && kind != ActorKind.USER) {
                // Only a Jira user has a user key; a role or a supplier named after one person would mislead.
                errors.add(FieldError.of(path + ".userKey", INVALID_VALUE, USER));
                userKey = null;
            }
            Long stakeholderId = d.stakeholderId();
            if (stakeholderId != null && !stakeholderIds.contains(stakeholderId)) {
                errors.add(FieldError.of(path + ".stakeholderId", UNKNOWN_VALUE, STAKEHOLDER, String.valueOf(stakeholderId)));
                stakeholderId = null;
            } else if (stakeholderId != null && !linked.add(stakeholderId)) {
                errors.add(FieldError.of(path + ".stakeholderId", INVALID_VALUE, STAKEHOLDER));
                stakeholderId = null;
            }
            long id = id(d.id(), storedActors, actorIds, path + ".id", ACTOR, errors);
            actors.add(new MatrixActor(id, name, kind, userKey, stakeholderId));
        }

        List<Cell> cells = new ArrayList<>();
        Map<List<Long>, Integer> seen = new HashMap<>();
        for (int i = 0; i < rawCells.size(); i++) {
            RoleMatrixDraft.CellDraft c = rawCells.get(i);
            String path = "cells[" + i + "]";
            if (c == null) {
                continue;
            }
            if (c.procedureId() == null || !procedureIds.contains(c.procedureId())) {
                errors.add(FieldError.of(path + ".procedureId", UNKNOWN_VALUE, PROCEDURE, String.valueOf(c.procedureId())));
                continue;
            }
            if (c.actorId() == null || !actorIds.contains(c.actorId())) {
                errors.add(FieldError.of(path + ".actorId", UNKNOWN_VALUE, ACTOR, String.valueOf(c.actorId())));
                continue;
            }
            Responsibility role = FieldChecks.enumValue(c.role(), Responsibility.class, path + ".role", ROLE, false, errors);
            if (role == null) {
                continue;
            }
            if (seen.putIfAbsent(List.of(c.procedureId(), c.actorId()), i) != null) {
                errors.add(FieldError.of(path, DUPLICATE_CELL, new Verbatim(nameOf(procedures, c.procedureId()))));
                continue;
            }
            cells.add(new Cell(c.procedureId(), c.actorId(), role));
        }
        if (errors.size() > MAX_ERRORS) {
            errors.subList(MAX_ERRORS, errors.size()).clear();
        }
        FieldChecks.throwIfAny(errors);
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            if (cells.stream().filter(c -> c.procedureId() == p.id() && c.role() == Responsibility.PRINCIPAL).count() > 1) {
                errors.add(FieldError.of("procedures[" + i + "]", TWO_PRINCIPALS, new Verbatim(p.name())));
            }
        }
        FieldChecks.throwIfAny(errors);
        return new RoleMatrix(current.initiativeId(), procedures, actors, cells, current.version());
    }

    private static long id(Long raw, Set<Long> stored, Set<Long> taken, String field, String label, List<FieldError> errors) {
        long id;
        if (raw == null) {
            errors.add(FieldError.of(field, REQUIRED, label));
            return 0;
        } else if (raw > 0 && !stored.contains(raw) || raw == 0) {
            errors.add(FieldError.of(field, UNKNOWN_VALUE, label, String.valueOf(raw)));
            return 0;
        } else {
            id = raw;
        }
        if (!taken.add(id)) {
            errors.add(FieldError.of(field, INVALID_VALUE, label));
        }
        return id;
    }

    private static String nameOf(List<Procedure> procedures, long id) {
        return procedures.stream().filter(p -> p.id() == id).map(Procedure::name).findFirst().orElse("");
    }

}
