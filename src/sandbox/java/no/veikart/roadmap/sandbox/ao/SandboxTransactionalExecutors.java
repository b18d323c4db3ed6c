package no.veikart.roadmap.sandbox.ao;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import net.java.ao.DelegateConnection;
import net.java.ao.DatabaseProvider;

/**
 * SAL's {@code TransactionalExecutorFactory} over the sandbox database's own connections, refusing what Jira's
 * refuses. Jira's (sal-core {@code DefaultTransactionalExecutor} and {@code WrappedConnection}, decompiled copy in the
 * public code index) hands the callback a wrapper that throws {@code UnsupportedOperationException} for
 * setAutoCommit, commit, rollback, setReadOnly, abort, setCatalog, setSchema, setTransactionIsolation,
 * setNetworkTimeout and savepoints, whose {@code close()} only expires the wrapper, and which throws
 * {@code IllegalStateException} when used after the callback; the host commits or rolls back. A read-only executor's
 * connection is {@code setReadOnly(true)} by the host: PostgreSQL then refuses writes ("cannot execute INSERT in a
 * read-only transaction", SQLState 25006); H2 ignores the flag, so the sandbox refuses any statement other
 * than SELECT/WITH itself, with PostgreSQL's state.
 *
 * <p>Connections come from AO's provider: inside an open AO transaction on this thread the callback joins it
 * (Jira's "existing transaction"), otherwise it gets its own, committed (read-write) or rolled back (read-only) after
 * the callback. A new transaction inside an open one is refused: the sandbox cannot suspend AO's.
 */
public final class SandboxTransactionalExecutors implements TransactionalExecutorFactory {
    static final String READ_ONLY_STATE = "25006";
    private static final Set<String> REFUSED = Set.of("setAutoCommit", "commit", "rollback", "setReadOnly", "abort",
            "setCatalog", "setSchema", "setTransactionIsolation", "setNetworkTimeout", "setSavepoint",
            "releaseSavepoint");
    private static final Pattern READ = Pattern.compile("\\A(?:\\s|--[^\\n]*\\n|/\\*.*?\\*/)*(SELECT|WITH)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final DatabaseProvider provider;

    public SandboxTransactionalExecutors(DatabaseProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new Executor(readOnly, requiresNew);
    }

    private final class Executor implements TransactionalExecutor {
        private boolean readOnly;
        private boolean requiresNew;

        Executor(boolean readOnly, boolean requiresNew) {
            this.readOnly = readOnly;
            this.requiresNew = requiresNew;
        }

        @Override
        public <A> A execute(ConnectionCallback<A> callback) {
            Objects.requireNonNull(callback, "callback");
            Connection connection;
            try {
                connection = provider.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException("no connection from the sandbox database", e);
            }
            boolean joined = connection instanceof DelegateConnection d && !d.isCloseable();
            if (joined && requiresNew) {
                throw new UnsupportedOperationException(
                        "the sandbox cannot suspend the open Active Objects transaction for a new one");
            }
            Scope scope = new Scope(connection, readOnly);
            try {
                if (!joined) {
                    connection.setAutoCommit(false);
                    connection.setReadOnly(readOnly);
                }
                A result = callback.execute(scope.wrapper());
                if (!joined) {
                    if (readOnly) {
                        connection.rollback();
                    } else {
                        connection.commit();
                    }
                }
                return result;
            } catch (SQLException e) {
                rollback(connection, joined, e);
                throw new IllegalStateException("transaction of the sandbox database failed", e);
            } catch (RuntimeException | Error e) {
                rollback(connection, joined, e);
                throw e;
            } finally {
                scope.expire();
                if (!joined) {
                    restore(connection);
                }
            }
        }

        @Override
        public TransactionalExecutor readOnly() {
            readOnly = true;
            return this;
        }

        @Override
        public TransactionalExecutor readWrite() {
            readOnly = false;
            return this;
        }

        @Override
        public TransactionalExecutor newTransaction() {
            requiresNew = true;
            return this;
        }

        @Override
        public TransactionalExecutor existingTransaction() {
            requiresNew = false;
            return this;
        }
    }

    private static void rollback(Connection connection, boolean joined, Throwable cause) {
        if (joined) {
            return; // the AO transaction's owner rolls back when the failure reaches it
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restore(Connection connection) {
        try {
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is closed next; the pool discards a broken one
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the outcome is decided already
            }
        }
    }

    /** The callback's view of the connection, valid until the callback returns or closes it. */
    private static final class Scope {
        private volatile Connection connection;
        private final boolean readOnly;
        private final Connection wrapper;

        Scope(Connection connection, boolean readOnly) {
            this.connection = connection;
            this.readOnly = readOnly;
            this.wrapper = (Connection) Proxy.newProxyInstance(Scope.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> call(method, args));
        }

        Connection wrapper() {
            return wrapper;
        }

        void expire() {
            connection = null;
        }

        private Object call(Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (method.getDeclaringClass() == Object.class) {
                return switch (name) {
                    case "equals" -> wrapper == args[0];
                    case "hashCode" -> System.identityHashCode(wrapper);
                    default -> "SAL connection (sandbox)";
                };
            }
            Connection live = connection;
            if (live == null) {
                throw new IllegalStateException("Connection accessed outside the scope of a callback passed to "
                        + "com.atlassian.sal.api.rdbms.TransactionalExecutor");
            }
            if (name.equals("close")) {
                expire();
                return null;
            }
            if (REFUSED.contains(name)) {
                throw new UnsupportedOperationException("java.sql.Connection#" + name
                        + " called from a connection provided by com.atlassian.sal.api.rdbms.TransactionalExecutor");
            }
            if (readOnly && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                checkRead((String) args[0]);
            }
            Object result = invoke(method, live, args);
            if (readOnly && result instanceof Statement statement && name.equals("createStatement")) {
                return readOnlyStatement(statement);
            }
            return result;
        }
    }

    private static Statement readOnlyStatement(Statement statement) {
        return (Statement) Proxy.newProxyInstance(Scope.class.getClassLoader(), new Class<?>[] {Statement.class},
                (proxy, method, args) -> {
                    if ((method.getName().startsWith("execute") || method.getName().equals("addBatch"))
                            && args != null && args.length > 0 && args[0] instanceof String sql) {
                        checkRead(sql);
                    }
                    if (method.getName().equals("executeBatch")) {
                        throw readOnlyRefusal("BATCH");
                    }
                    return invoke(method, statement, args);
                });
    }

    private static void checkRead(String sql) throws SQLException {
        if (sql == null || !READ.matcher(sql).find()) {
            String verb = sql == null ? "NULL" : sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
            throw readOnlyRefusal(verb);
        }
    }

    private static SQLException readOnlyRefusal(String verb) {
        return new SQLException("cannot execute " + verb + " in a read-only transaction", READ_ONLY_STATE);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
