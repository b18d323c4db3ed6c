package no.veikart.roadmap.reporting.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.persistence.RevisionClaims;
import no.veikart.roadmap.reporting.domain.OrgUnit;
import no.veikart.roadmap.reporting.domain.OrgUnitRepository;

/** Units in ORG_UNIT, assignments in INITIATIVE_UNIT; an assignment's change claims its next version. */
public class AoOrgUnitRepository implements OrgUnitRepository {
    private static final int CHUNK = 500;
    private final ActiveObjects ao;
    private final RevisionClaims claims;
    /** Read once per request: the status report panel's unit and its picker both list them; writes forget. */
    private final RequestScope.Memo<Boolean, List<OrgUnit>> units;

    public AoOrgUnitRepository(ActiveObjects ao) {
        this(ao, RequestScope.NONE);
    }

    public AoOrgUnitRepository(ActiveObjects ao, RequestScope scope) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
        this.units = scope.memo("reporting.orgUnits");
    }

    @Override
    public List<OrgUnit> list() {
        return units.get(Boolean.TRUE, () -> {
            List<OrgUnit> out = new ArrayList<>();
            for (OrgUnitEntity e : ao.find(OrgUnitEntity.class, Query.select().order("SECTOR, DEPARTMENT, ID"))) {
                out.add(new OrgUnit(e.getID(), e.getSector(), e.getDepartment()));
            }
            return List.copyOf(out);
        });
    }

    @Override
    public OrgUnit create(String sector, String department) {
        units.clear();
        try {
            return ao.executeInTransaction(() -> {
                OrgUnitEntity e = ao.create(OrgUnitEntity.class, Map.of("UNIT_KEY",
                        (sector + "/" + department).toLowerCase(Locale.ROOT), "SECTOR", sector, "DEPARTMENT", department));
                return new OrgUnit(e.getID(), sector, department);
            });
        } catch (RuntimeException ex) {
            if (RevisionClaims.isUniqueViolation(ex)) {
                throw new DuplicateUnit();
            }
            throw ex;
        }
    }

    @Override
    public boolean delete(long unitId) {
        units.clear();
        return ao.executeInTransaction(() -> {
            OrgUnitEntity e = ao.get(OrgUnitEntity.class, Math.toIntExact(unitId));
            if (e == null) {
                return false;
            }
            // Assignments keep their rows (and versions) with no unit, so a stale editor still gets a 409.
            for (InitiativeUnitEntity a : ao.find(InitiativeUnitEntity.class, Query.select().where("UNIT_ID = ?", unitId))) {
                claims.claim("initiativeUnit", a.getID(), a.getRowVersion() + 1);
                a.setUnitId(null);
                a.setRowVersion(a.getRowVersion() + 1);
                a.save();
            }
            ao.delete(e);
            return true;
        });
    }

    @Override
    public Map<Long, Assignment> assignments(Collection<Long> initiativeIds) {
        Map<Long, Assignment> out = new HashMap<>();
        List<Long> ids = List.copyOf(initiativeIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            String in = "INITIATIVE_ID IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            for (InitiativeUnitEntity e : ao.find(InitiativeUnitEntity.class, Query.select().where(in, chunk.toArray()))) {
                out.put(e.getInitiativeId(), new Assignment(e.getUnitId(), e.getRowVersion()));
            }
        }
        return out;
    }

    @Override
    public Assignment assign(long initiativeId, Long unitId, long expectedVersion) {
        return claims.write(() -> {
            InitiativeUnitEntity[] rows = ao.find(InitiativeUnitEntity.class,
                    Query.select().where("INITIATIVE_ID = ?", initiativeId));
            if (rows.length == 0) {
                if (expectedVersion != 0) {
                    throw RoadmapException.Conflict.staleVersion();
                }
                Map<String, Object> values = new HashMap<>();
                values.put("INITIATIVE_ID", initiativeId);
                values.put("UNIT_ID", unitId);
                values.put("ROW_VERSION", 1L);
                InitiativeUnitEntity e;
                try {
                    e = ao.create(InitiativeUnitEntity.class, values);
                } catch (RuntimeException ex) {
                    if (RevisionClaims.isUniqueViolation(ex)) {
                        throw RoadmapException.Conflict.staleVersion();
                    }
                    throw ex;
                }
                claims.claim("initiativeUnit", e.getID(), 1);
                return new Assignment(unitId, 1);
            }
            InitiativeUnitEntity e = rows[0];
            if (e.getRowVersion() != expectedVersion) {
                throw RoadmapException.Conflict.staleVersion();
            }
            long next = expectedVersion + 1;
            claims.claim("initiativeUnit", e.getID(), next);
            e.setUnitId(unitId);
            e.setRowVersion(next);
            e.save();
            return new Assignment(unitId, next);
        });
    }
}
