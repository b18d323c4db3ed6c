package no.veikart.roadmap.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DelegateConnection;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The {@link ActiveObjects} stand-in over a plain activeobjects 3.2.11 {@link EntityManager}, for the sandbox and
 * database tests. Like Atlassian's {@code EntityManagedActiveObjects}, SQL errors surface as the unchecked
 * {@link ActiveObjectsException}.
 *
 * <p>{@link #executeInTransaction} is a real JDBC transaction on the provider's thread-bound connection
 * ({@link DatabaseProvider#startTransaction()}; the same mechanism as {@code net.java.ao.Transaction}, which
 * Atlassian's {@code EntityManagedTransactionManager} uses). Unlike {@code net.java.ao.Transaction} it joins a
 * transaction already open on this thread (an outer call, or the one {@code ActiveObjectsJUnitRunner} opens per
 * test): Jira's SAL transaction template joins too, and restarting would change the isolation level mid-transaction
 * (PostgreSQL refuses) and commit the outer work early. A joined call neither commits nor rolls back; an exception
 * propagates to the outermost call, which rolls everything back.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        // Non-destructive, like Atlassian's AO: never drops tables or columns.
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    @SuppressWarnings("deprecation") // still the AO 3.2.11 way to drop cached entity values
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    /** Bulk insert (present in newer Atlassian AO APIs): AO's own batch insert. */
    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        sql(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        DatabaseProvider provider = entityManager.getProvider();
        if (isTransactionOpen(provider)) {
            return callback.doInTransaction();
        }
        Connection connection = sql(provider::startTransaction);
        try {
            T result = callback.doInTransaction();
            provider.commitTransaction(connection);
            return result;
        } catch (SQLException e) {
            ActiveObjectsException failure = new ActiveObjectsException("Could not commit transaction", e);
            rollback(provider, connection, failure);
            throw failure;
        } catch (Throwable t) {
            rollback(provider, connection, t);
            throw t;
        } finally {
            release(connection);
        }
    }

    /**
     * True when this thread already holds the provider's transaction connection. {@code getConnection()} hands
     * that connection back (marked non-closeable by {@code startTransaction()}); otherwise it opens a fresh,
     * closeable one, which is closed again here.
     */
    private static boolean isTransactionOpen(DatabaseProvider provider) {
        Connection connection = sql(provider::getConnection);
        if (connection instanceof DelegateConnection && !((DelegateConnection) connection).isCloseable()) {
            return true;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
        return false;
    }

    @SuppressWarnings("deprecation") // flushAll(), as net.java.ao.Transaction does after a rollback
    private void rollback(DatabaseProvider provider, Connection connection, Throwable cause) {
        try {
            provider.rollbackTransaction(connection);
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        } finally {
            // Entity proxies may cache values written by the rolled-back work.
            entityManager.flushAll();
        }
    }

    private static void release(Connection connection) {
        if (connection instanceof DelegateConnection) {
            ((DelegateConnection) connection).setCloseable(true);
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The outcome is decided already; a failing close must not hide it.
        }
    }

    @FunctionalInterface
    interface SqlCall<R> {
        R call() throws SQLException;
    }

    private static <R> R sql(SqlCall<R> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
