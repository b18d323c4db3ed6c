package no.veikart.roadmap.platform.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * Optimistic locking that holds across cluster nodes and at every transaction isolation level: see
 * {@link RevisionClaimEntity}.
 */
public final class RevisionClaims {
    /**
     * Failures that mean another transaction wrote the same rows first: serialization failure (PostgreSQL at
     * SERIALIZABLE, e.g. a unique key inserted by a transaction the snapshot does not see; SQL Server and MySQL
     * deadlock victims), PostgreSQL's deadlock, H2's concurrent update.
     */
    private static final Set<String> WRITE_CONFLICT_STATES = Set.of("40001", "40P01", "90131");

    /**
     * Active Objects runs transactions at SERIALIZABLE (DatabaseProvider.startTransaction, unless
     * ao.transaction.isolation.level says otherwise): of N concurrent changes to one initiative's summary row one
     * commits and the others are refused and retried, so the attempts must cover a team's worth of writers.
     */
    private static final int ATTEMPTS = 10;
    /** This thread's nesting of {@link #write} calls; per request thread, nothing another node needs. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final ActiveObjects ao;

    public RevisionClaims(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Claims {@code newVersion} of a record inside the caller's transaction; a concurrent or earlier claim of the
     * same version fails on the unique key and the caller's transaction rolls back with a 409.
     *
     * <p>Claims are kept, never retired: a writer that read version v, stalled, and claims v+1 after others have
     * moved on must still collide with the claim of v+1. Retiring it when v+2 is claimed (as an earlier version did)
     * let such a writer win and write an old version over a newer one; a re-read of the row cannot catch that at
     * SERIALIZABLE or snapshot isolation, where the re-read still sees version v. One short row per change.
     */
    public void claim(String recordType, long recordId, long newVersion) {
        String key = recordType + ":" + recordId + ":" + newVersion;
        try {
            ao.create(RevisionClaimEntity.class, Map.of("CLAIM_KEY", key));
        } catch (RuntimeException e) {
            if (isUniqueViolation(e) || isWriteConflict(e)) {
                throw RoadmapException.Conflict.staleVersion();
            }
            throw e;
        }
    }

    /**
     * Runs a change in a transaction. When the database aborts it as a concurrent write (a deadlock victim, a
     * serialization failure, also at commit), nothing of it was kept, so it runs again, up to {@value #ATTEMPTS}
     * times with a random pause: a stale version is then found by the change's own check and answered 409.
     * Still refused after that, the caller gets the same 409 as for a stale version. Only the outermost call
     * retries: a nested one shares a transaction the database has already rolled back.
     */
    public <T> T write(TransactionCallback<T> change) {
        int[] depth = DEPTH.get();
        boolean outermost = depth[0] == 0;
        depth[0]++;
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return ao.executeInTransaction(change);
                } catch (RoadmapException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (!isWriteConflict(e)) {
                        throw e;
                    }
                    if (!outermost || attempt == ATTEMPTS) {
                        RoadmapException conflict = RoadmapException.Conflict.staleVersion();
                        conflict.initCause(e); // for the log: which statement the database refused
                        throw conflict;
                    }
                    pause(attempt);
                }
            }
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }

    private static void pause(int attempt) {
        try {
            // Random and growing (capped at 250 ms), so that the refused writers do not meet again at once.
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(250L, 5L << attempt)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RoadmapException.Conflict.staleVersion();
        }
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

    /** A transaction the database aborted because another one wrote the same data concurrently; retrying may succeed. */
    public static boolean isWriteConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && WRITE_CONFLICT_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
