package no.veikart.roadmap.roles.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.persistence.RevisionClaims;
import no.veikart.roadmap.roles.domain.ActorKind;
import no.veikart.roadmap.roles.domain.Cell;
import no.veikart.roadmap.roles.domain.MatrixActor;
import no.veikart.roadmap.roles.domain.Procedure;
import no.veikart.roadmap.roles.domain.Responsibility;
import no.veikart.roadmap.roles.domain.RoleMatrix;
import no.veikart.roadmap.roles.domain.RoleMatrixRepository;

/**
 * HUKI matrices in four tables, every one filtered by its indexed INITIATIVE_ID: reading a matrix is four queries
 * however large it is. A save claims the matrix's next version (one writer wins across nodes) and then rewrites rows.
 */
public class AoRoleMatrixRepository implements RoleMatrixRepository {
    private static final int CHUNK = 500;
    private static final String BY_INITIATIVE = "INITIATIVE_ID = ?";

    private final ActiveObjects ao;
    private final RevisionClaims claims;

    public AoRoleMatrixRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
    }

    @Override
    public Optional<RoleMatrix> find(long initiativeId) {
        List<RoleMatrix> found = load(BY_INITIATIVE, new Object[] {initiativeId});
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<RoleMatrix> findByInitiatives(Collection<Long> initiativeIds) {
        List<Long> ids = new ArrayList<>(initiativeIds);
        List<RoleMatrix> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = "INITIATIVE_ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")";
            all.addAll(load(in, chunk.toArray()));
        }
        return all;
    }

    @Override
    public RoleMatrix save(RoleMatrix matrix, long expectedVersion) {
        long initiativeId = matrix.initiativeId();
        return claims.write(() -> {
            RoleMatrixEntity[] rows = ao.find(RoleMatrixEntity.class, Query.select().where(BY_INITIATIVE, initiativeId));
            long stored = rows.length == 0 ? 0 : rows[0].getRowVersion();
            if (stored != expectedVersion) {
                throw RoadmapException.Conflict.staleVersion();
            }
            claims.claim("roles", initiativeId, expectedVersion + 1);
            RoleMatrixEntity row = rows.length == 0
                    ? ao.create(RoleMatrixEntity.class, Map.of("INITIATIVE_ID", initiativeId, "ROW_VERSION", expectedVersion + 1))
                    : rows[0];
            row.setRowVersion(expectedVersion + 1);
            row.save();

            Map<Long, Long> procedureIds = writeProcedures(initiativeId, matrix.procedures());
            Map<Long, Long> actorIds = writeActors(initiativeId, matrix.actors());
            ao.deleteWithSQL(RoleCellEntity.class, BY_INITIATIVE, initiativeId);
            for (Cell c : matrix.cells()) {
                Map<String, Object> values = new HashMap<>();
                values.put("INITIATIVE_ID", initiativeId);
                values.put("PROCEDURE_ID", procedureIds.get(c.procedureId()));
                values.put("ACTOR_ID", actorIds.get(c.actorId()));
                values.put("RESPONSIBILITY", c.role().name());
                ao.create(RoleCellEntity.class, values);
            }
            return find(initiativeId).orElseThrow();
        });
    }

    /** Writes the rows in order; returns every id of the matrix (temporary ones too) to its stored id. */
    private Map<Long, Long> writeProcedures(long initiativeId, List<Procedure> procedures) {
        Map<Long, RoleProcedureEntity> existing = new HashMap<>();
        for (RoleProcedureEntity e : ao.find(RoleProcedureEntity.class, Query.select().where(BY_INITIATIVE, initiativeId))) {
            existing.put((long) e.getID(), e);
        }
        Map<Long, Long> ids = new HashMap<>();
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            RoleProcedureEntity e = p.id() > 0 ? existing.remove(p.id()) : null;
            if (e == null) {
                e = ao.create(RoleProcedureEntity.class, Map.of("INITIATIVE_ID", initiativeId, "POSITION_NO", i));
            }
            e.setName(p.name());
            e.setPositionNo(i);
            e.save();
            ids.put(p.id(), (long) e.getID());
        }
        existing.values().forEach(e -> ao.delete(e));
        return ids;
    }

    private Map<Long, Long> writeActors(long initiativeId, List<MatrixActor> actors) {
        Map<Long, RoleActorEntity> existing = new HashMap<>();
        for (RoleActorEntity e : ao.find(RoleActorEntity.class, Query.select().where(BY_INITIATIVE, initiativeId))) {
            existing.put((long) e.getID(), e);
        }
        Map<Long, Long> ids = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            MatrixActor a = actors.get(i);
            RoleActorEntity e = a.id() > 0 ? existing.remove(a.id()) : null;
            if (e == null) {
                e = ao.create(RoleActorEntity.class, Map.of("INITIATIVE_ID", initiativeId, "POSITION_NO", i));
            }
            e.setName(a.name());
            e.setKindKey(a.kind().name());
            e.setUserKey(a.userKey());
            e.setStakeholderId(a.stakeholderId());
            e.setPositionNo(i);
            e.save();
            ids.put(a.id(), (long) e.getID());
        }
        existing.values().forEach(e -> ao.delete(e));
        return ids;
    }

    private List<RoleMatrix> load(String criteria, Object[] params) {
        RoleMatrixEntity[] matrices = ao.find(RoleMatrixEntity.class, Query.select().where(criteria, params).order("ID ASC"));
        if (matrices.length == 0) {
            return List.of();
        }
        Map<Long, List<Procedure>> procedures = new HashMap<>();
        for (RoleProcedureEntity e : ao.find(RoleProcedureEntity.class,
                Query.select().where(criteria, params).order("POSITION_NO ASC, ID ASC"))) {
            procedures.computeIfAbsent(e.getInitiativeId(), k -> new ArrayList<>()).add(new Procedure(e.getID(), e.getName()));
        }
        Map<Long, List<MatrixActor>> actors = new HashMap<>();
        for (RoleActorEntity e : ao.find(RoleActorEntity.class, Query.select().where(criteria, params).order("POSITION_NO ASC, ID ASC"))) {
            actors.computeIfAbsent(e.getInitiativeId(), k -> new ArrayList<>()).add(new MatrixActor(e.getID(), e.getName(),
                    ActorKind.valueOf(e.getKindKey()), e.getUserKey(), e.getStakeholderId()));
        }
        Map<Long, List<Cell>> cells = new HashMap<>();
        for (RoleCellEntity e : ao.find(RoleCellEntity.class, Query.select().where(criteria, params).order("ID ASC"))) {
            cells.computeIfAbsent(e.getInitiativeId(), k -> new ArrayList<>()).add(new Cell(e.getProcedureId(), e.getActorId(),
                    Responsibility.valueOf(e.getResponsibility())));
        }
        Map<Long, RoleMatrixEntity> byInitiative = java.util.Arrays.stream(matrices)
                .collect(Collectors.toMap(RoleMatrixEntity::getInitiativeId, Function.identity(), (a, b) -> a));
        List<RoleMatrix> result = new ArrayList<>();
        for (RoleMatrixEntity m : byInitiative.values()) {
            long id = m.getInitiativeId();
            result.add(new RoleMatrix(id, procedures.getOrDefault(id, List.of()), actors.getOrDefault(id, List.of()),
                    cells.getOrDefault(id, List.of()), m.getRowVersion()));
        }
        return result;
    }
}
