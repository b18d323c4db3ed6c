package no.veikart.roadmap.platform.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.util.Map;
import no.veikart.roadmap.common.domain.RoadmapException;

/** Optimistic locking that holds across cluster nodes: see {@link RevisionClaimEntity}. */
public final class RevisionClaims {
    private final ActiveObjects ao;

    public RevisionClaims(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Claims {@code newVersion} of a record inside the caller's transaction; a concurrent claim of the same version
     * fails on the unique key and the caller's transaction rolls back with a 409.
     */
    public void claim(String recordType, long recordId, long newVersion) {
        String key = recordType + ":" + recordId + ":" + newVersion;
        try {
            ao.create(RevisionClaimEntity.class, Map.of("CLAIM_KEY", key));
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                throw RoadmapException.Conflict.staleVersion();
            }
            throw e;
        }
        // The previous claim is no longer needed: stale writers are caught by the version compare.
        ao.deleteWithSQL(RevisionClaimEntity.class, "CLAIM_KEY = ?", recordType + ":" + recordId + ":" + (newVersion - 1));
    }

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 23505: unique violation in PostgreSQL and H2; 23000 is the generic integrity class (MySQL, Oracle, SQL Server).
                if ("23505".equals(state) || "23000".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
