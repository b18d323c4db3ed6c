package no.veikart.roadmap.reporting.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.persistence.RevisionClaims;
import no.veikart.roadmap.reporting.domain.CadenceRepository;
import no.veikart.roadmap.reporting.domain.ReportingCadence;

/** Cadences in REPORT_CADENCE; every change claims the row's next version, so of two admins saving one wins. */
public class AoCadenceRepository implements CadenceRepository {
    private static final int CHUNK = 500;
    private final ActiveObjects ao;
    private final RevisionClaims claims;

    public AoCadenceRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
    }

    @Override
    public Map<String, ReportingCadence> find(Collection<String> projectKeys) {
        Map<String, ReportingCadence> out = new HashMap<>();
        List<String> keys = List.copyOf(projectKeys);
        for (int i = 0; i < keys.size(); i += CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + CHUNK));
            String in = "PROJECT_KEY IN (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            for (CadenceEntity e : ao.find(CadenceEntity.class, Query.select().where(in, chunk.toArray()))) {
                out.put(e.getProjectKey(), toCadence(e));
            }
        }
        return out;
    }

    @Override
    public ReportingCadence save(String projectKey, int dueWorkingDay, long expectedVersion) {
        return claims.write(() -> {
            CadenceEntity[] rows = ao.find(CadenceEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey));
            CadenceEntity e;
            if (rows.length == 0) {
                if (expectedVersion != 0) {
                    throw RoadmapException.Conflict.staleVersion();
                }
                try {
                    e = ao.create(CadenceEntity.class, Map.of("PROJECT_KEY", projectKey, "DUE_WORKING_DAY", dueWorkingDay,
                            "ROW_VERSION", 1L));
                } catch (RuntimeException ex) {
                    if (RevisionClaims.isUniqueViolation(ex)) {
                        throw RoadmapException.Conflict.staleVersion();
                    }
                    throw ex;
                }
                claims.claim("reportCadence", e.getID(), 1);
                return toCadence(e);
            }
            e = rows[0];
            if (e.getRowVersion() != expectedVersion) {
                throw RoadmapException.Conflict.staleVersion();
            }
            long next = expectedVersion + 1;
            claims.claim("reportCadence", e.getID(), next);
            e.setDueWorkingDay(dueWorkingDay);
            e.setRowVersion(next);
            e.save();
            return toCadence(e);
        });
    }

    private static ReportingCadence toCadence(CadenceEntity e) {
        return new ReportingCadence(e.getProjectKey(), e.getDueWorkingDay(), e.getRowVersion());
    }
}
