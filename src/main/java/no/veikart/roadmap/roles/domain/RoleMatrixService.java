package no.veikart.roadmap.roles.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeGuard;
import no.veikart.roadmap.initiative.domain.InitiativeLookup;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * Use cases of the HUKI matrix. Permissions are those of the initiative issue: browse to read, edit to save. Checks
 * run in this order: 401, 404 (unknown or hidden), 403 (no edit), 409 (stale version: a whole matrix is stale before
 * its ids can be judged), 400 (input, two principals).
 */
public class RoleMatrixService {
    private final RoleMatrixRepository repository;
    private final InitiativeGuard guard;
    private final AccessControl access;
    private final StakeholderDirectory stakeholders;
    private final AuditLog audit;
    private final RoleMatrixValidator validator = new RoleMatrixValidator();

    public RoleMatrixService(RoleMatrixRepository repository, InitiativeLookup initiatives, AccessControl access,
            StakeholderDirectory stakeholders, AuditLog audit) {
        this.repository = repository;
        this.guard = new InitiativeGuard(initiatives, access);
        this.access = access;
        this.stakeholders = stakeholders;
        this.audit = audit;
    }

    public RoleMatrixOverview overview(Actor actor, String issueKey) {
        InitiativeRef ref = guard.browsable(actor, issueKey);
        return overview(actor, ref, stored(ref.initiativeId()));
    }

    /**
     * Saves the whole matrix if {@code draft.version()} is the stored one; new procedures and actors get their ids.
     * An incomplete matrix is saved (with warnings and {@code valid=false}); two principals on a procedure is not.
     */
    public RoleMatrixOverview save(Actor actor, String issueKey, RoleMatrixDraft draft) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        RoleMatrix current = stored(ref.initiativeId());
        if (draft != null && draft.version() != null && draft.version() != current.version()) {
            // Before the ids are checked: a stale matrix may name rows the newer one removed, which is no input error.
            throw RoadmapException.Conflict.staleVersion();
        }
        Map<Long, StakeholderFact> linked = stakeholders.stakeholders(actor, ref.issueKey());
        RoleMatrix valid = validator.validate(draft, current, linked.keySet());
        RoleMatrix saved = repository.save(valid, current.version());
        audit.record(AuditEvent.of("roles.save", actor, "roleMatrix", ref.initiativeId(), ref.issueKey())
                .with("procedures", saved.procedures().size()).with("actors", saved.actors().size())
                .with("version", saved.version()));
        return overview(actor, ref, saved, linked);
    }

    /** The other initiatives of the same project the caller may browse: where a matrix can be copied from. */
    public List<InitiativeRef> copySources(Actor actor, String issueKey) {
        InitiativeRef ref = guard.editable(actor, issueKey);
        return guard.browsableInProjects(actor, List.of(ref.projectKey())).stream()
                .filter(r -> r.initiativeId() != ref.initiativeId()).toList();
    }

    /**
     * The matrix of {@code sourceKey} (any initiative the caller may browse) as a draft for {@code issueKey}: new
     * temporary ids, links to the other initiative's stakeholders and user keys dropped. Nothing is saved.
     */
    public RoleMatrix copyFrom(Actor actor, String issueKey, String sourceKey) {
        InitiativeRef target = guard.editable(actor, issueKey);
        InitiativeRef source = guard.browsable(actor, sourceKey);
        RoleMatrix from = stored(source.initiativeId());
        Map<Long, Long> ids = new HashMap<>();
        long next = -1;
        List<Procedure> procedures = new ArrayList<>();
        for (Procedure p : from.procedures()) {
            ids.put(p.id(), next);
            procedures.add(new Procedure(next--, p.name()));
        }
        Map<Long, Long> actorIds = new HashMap<>();
        List<MatrixActor> actors = new ArrayList<>();
        for (MatrixActor a : from.actors()) {
            actorIds.put(a.id(), next);
            actors.add(new MatrixActor(next--, a.name(), a.kind(), a.kind() == ActorKind.USER ? a.userKey() : null, null));
        }
        List<Cell> cells = from.cells().stream()
                .map(c -> new Cell(ids.get(c.procedureId()), actorIds.get(c.actorId()), c.role())).toList();
        return new RoleMatrix(target.initiativeId(), procedures, actors, cells, stored(target.initiativeId()).version());
    }

    /** The matrices of the given projects' initiatives the caller may browse, in the guard's order (CSV export). */
    public List<RoleExportRow> export(Actor actor, Collection<String> projectKeys) {
        List<InitiativeRef> refs = guard.browsableInProjects(actor, projectKeys);
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<Long, RoleMatrix> byId = repository.findByInitiatives(refs.stream().map(InitiativeRef::initiativeId).toList())
                .stream().collect(Collectors.toMap(RoleMatrix::initiativeId, Function.identity(), (a, b) -> a));
        return refs.stream().filter(r -> byId.containsKey(r.initiativeId()))
                .map(r -> new RoleExportRow(r, byId.get(r.initiativeId()))).toList();
    }

    /** Procedure names that keep the matrix from being valid (all of them, or none when it has no procedure). */
    public List<String> gateGaps(long initiativeId) {
        return MatrixRules.proceduresWithoutOnePrincipal(stored(initiativeId));
    }

    /** Whether the initiative's matrix has at least one procedure. */
    public boolean hasProcedures(long initiativeId) {
        return !stored(initiativeId).procedures().isEmpty();
    }

    private RoleMatrixOverview overview(Actor actor, InitiativeRef ref, RoleMatrix matrix) {
        return overview(actor, ref, matrix, stakeholders.stakeholders(actor, ref.issueKey()));
    }

    private RoleMatrixOverview overview(Actor actor, InitiativeRef ref, RoleMatrix matrix, Map<Long, StakeholderFact> linked) {
        return new RoleMatrixOverview(ref, matrix, MatrixRules.valid(matrix), MatrixRules.warnings(matrix, linked), linked,
                access.canEditIssue(actor, ref.issueId()));
    }

    private RoleMatrix stored(long initiativeId) {
        return repository.find(initiativeId).orElseGet(() -> RoleMatrix.empty(initiativeId));
    }
}
