package no.veikart.roadmap.platform.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

/**
 * When {@link RevisionClaims#write} runs a change again: only for the database refusing a concurrent write, only at
 * the outermost call (a nested one shares a transaction the database has rolled back), at most ten times.
 */
public class RevisionClaimsTest {

    /** Runs each transaction's callback; the first {@code refusals} transactions then fail as the database would. */
    private static ActiveObjects refusing(int refusals, String sqlState, AtomicInteger transactions) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("executeInTransaction")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Object result = ((TransactionCallback<?>) args[0]).doInTransaction();
                    if (transactions.incrementAndGet() <= refusals) {
                        throw new IllegalStateException("commit failed", new SQLException("refused", sqlState));
                    }
                    return result;
                });
    }

    @Test
    public void aTransactionTheDatabaseRefusedRunsAgain() {
        AtomicInteger transactions = new AtomicInteger();
        RevisionClaims claims = new RevisionClaims(refusing(3, "40001", transactions));

        assertEquals("stored", claims.write(() -> "stored"));
        assertEquals(4, transactions.get());
    }

    @Test
    public void aDeadlockOnPostgreSqlAndH2sConcurrentUpdateRunAgainToo() {
        for (String state : new String[] {"40P01", "90131"}) {
            AtomicInteger transactions = new AtomicInteger();
            assertEquals(state, "stored", new RevisionClaims(refusing(1, state, transactions)).write(() -> "stored"));
            assertEquals(state, 2, transactions.get());
        }
    }

    @Test
    public void refusedTenTimesItIsTheStaleVersionConflictWithTheDatabasesErrorAsCause() {
        AtomicInteger transactions = new AtomicInteger();
        RevisionClaims claims = new RevisionClaims(refusing(Integer.MAX_VALUE, "40001", transactions));

        RoadmapException.Conflict conflict = assertThrows(RoadmapException.Conflict.class, () -> claims.write(() -> "x"));
        assertEquals("roadmap.error.staleVersion", conflict.getMessage());
        assertEquals("refused", conflict.getCause().getCause().getMessage());
        assertEquals(10, transactions.get());
    }

    @Test
    public void otherFailuresAndTheChangesOwnAnswersAreNotRetried() {
        AtomicInteger transactions = new AtomicInteger();
        RevisionClaims unique = new RevisionClaims(refusing(1, "23505", transactions));
        assertThrows(IllegalStateException.class, () -> unique.write(() -> "x"));
        assertEquals(1, transactions.get());

        AtomicInteger ownAnswer = new AtomicInteger();
        RevisionClaims claims = new RevisionClaims(refusing(0, "40001", new AtomicInteger()));
        RoadmapException.NotFound notFound = new RoadmapException.NotFound();
        assertSame(notFound, assertThrows(RoadmapException.NotFound.class, () -> claims.write(() -> {
            ownAnswer.incrementAndGet();
            throw notFound;
        })));
        assertEquals(1, ownAnswer.get());
    }

    @Test
    public void aNestedWriteIsNotRetriedButAnsweredAsAConflictToTheOuterOne() {
        AtomicInteger transactions = new AtomicInteger();
        AtomicInteger innerRuns = new AtomicInteger();
        ActiveObjects ao = refusing(0, "40001", transactions);
        RevisionClaims outer = new RevisionClaims(ao);
        RevisionClaims inner = new RevisionClaims(refusing(Integer.MAX_VALUE, "40001", new AtomicInteger()));

        assertThrows(RoadmapException.Conflict.class, () -> outer.write(() -> inner.write(() -> innerRuns.incrementAndGet())));
        assertEquals("the nested call ran once", 1, innerRuns.get());

        // and the nesting is over: a later outermost call retries again
        AtomicInteger later = new AtomicInteger();
        assertEquals("stored", new RevisionClaims(refusing(2, "40001", later)).write(() -> "stored"));
        assertEquals(3, later.get());
    }
}
