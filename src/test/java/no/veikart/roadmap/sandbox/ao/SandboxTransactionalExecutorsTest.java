package no.veikart.roadmap.sandbox.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The sandbox's SAL executor refuses what Jira's refuses (sal-core WrappedConnection, a read-only transaction on
 * PostgreSQL) and commits or rolls back itself.
 */
public class SandboxTransactionalExecutorsTest {
    private SandboxDatabase db;
    private TransactionalExecutorFactory executors;

    @Before
    public void open() throws SQLException {
        db = SandboxDatabase.open("jdbc:h2:mem:sal-executor-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        executors = new SandboxTransactionalExecutors(db.entityManager().getProvider());
        try (Connection c = db.entityManager().getProvider().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"AO_CEC056_T\" (\"ID\" INT PRIMARY KEY, \"NAME\" VARCHAR(20))");
            s.execute("INSERT INTO \"AO_CEC056_T\" VALUES (1, 'one')");
        }
    }

    @After
    public void close() {
        db.close();
    }

    private int rows() {
        return executors.createReadOnly().execute(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"AO_CEC056_T\"")) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void inReadOnly(Consumer<Connection> body) {
        executors.createReadOnly().execute(c -> {
            body.accept(c);
            return null;
        });
    }

    @Test
    public void aReadOnlyExecutorReadsAndRefusesEveryWriteWithPostgresqlsState() {
        assertEquals(1, rows());
        for (String write : List.of("INSERT INTO \"AO_CEC056_T\" VALUES (2, 'two')", "  update \"AO_CEC056_T\" SET \"NAME\" = 'x'",
                "/* hidden */ DELETE FROM \"AO_CEC056_T\"", "DROP TABLE \"AO_CEC056_T\"")) {
            WrappedSql prepared = assertThrows(write, WrappedSql.class, () -> executors.createReadOnly().execute(c -> {
                try (PreparedStatement ps = c.prepareStatement(write)) {
                    return ps.executeUpdate();
                } catch (SQLException e) {
                    throw new WrappedSql(e);
                }
            }));
            assertEquals(write, SandboxTransactionalExecutors.READ_ONLY_STATE, prepared.getCause().getSQLState());
            assertThrows(write, WrappedSql.class, () -> inReadOnly(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(write);
                } catch (SQLException e) {
                    throw new WrappedSql(e);
                }
            }));
        }
        assertEquals("nothing was written", 1, rows());
    }

    @Test
    public void theCallbackMayNotCommitRollBackOrChangeTheTransaction() {
        List<ThrowingUse> refused = List.of(Connection::commit, Connection::rollback, c -> c.setAutoCommit(true),
                c -> c.setReadOnly(false), c -> c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE),
                c -> c.setSchema("PUBLIC"), c -> c.setCatalog("X"), Connection::setSavepoint,
                c -> c.abort(Runnable::run));
        for (ThrowingUse use : refused) {
            assertThrows(UnsupportedOperationException.class, () -> executors.create().execute(c -> {
                try {
                    use.accept(c);
                } catch (SQLException e) {
                    throw new WrappedSql(e);
                }
                return null;
            }));
        }
    }

    @Test
    public void theConnectionIsDeadAfterCloseAndAfterTheCallback() {
        AtomicReference<Connection> kept = new AtomicReference<>();
        assertThrows(IllegalStateException.class, () -> executors.createReadOnly().execute(c -> {
            try {
                c.close();
                return c.createStatement();
            } catch (SQLException e) {
                throw new WrappedSql(e);
            }
        }));
        executors.createReadOnly().execute(c -> {
            kept.set(c);
            return null;
        });
        assertThrows(IllegalStateException.class, () -> kept.get().prepareStatement("SELECT 1"));
        assertEquals("the pool still serves reads", 1, rows());
    }

    @Test
    public void aReadWriteExecutorCommitsAndRollsBackOnFailure() {
        executors.create().execute(c -> update(c, "INSERT INTO \"AO_CEC056_T\" VALUES (2, 'two')"));
        assertEquals(2, rows());
        assertThrows(IllegalArgumentException.class, () -> executors.create().execute(c -> {
            update(c, "INSERT INTO \"AO_CEC056_T\" VALUES (3, 'three')");
            throw new IllegalArgumentException("callback failed");
        }));
        assertEquals("the failed callback's insert was rolled back", 2, rows());
    }

    @Test
    public void insideAnActiveObjectsTransactionTheExecutorJoinsItAndRefusesANewOne() {
        EntityManagerActiveObjects ao = db.activeObjects();
        ao.executeInTransaction(() -> {
            executors.create().execute(c -> update(c, "INSERT INTO \"AO_CEC056_T\" VALUES (4, 'four')"));
            assertEquals("sees its own transaction's row", 2, rows());
            assertThrows(UnsupportedOperationException.class,
                    () -> executors.createExecutor(true, true).execute(c -> null));
            return null;
        });
        assertEquals("committed with the Active Objects transaction", 2, rows());
    }

    private static int update(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new WrappedSql(e);
        }
    }

    @FunctionalInterface
    private interface ThrowingUse {
        void accept(Connection c) throws SQLException;
    }

    private static final class WrappedSql extends RuntimeException {
        WrappedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

}
