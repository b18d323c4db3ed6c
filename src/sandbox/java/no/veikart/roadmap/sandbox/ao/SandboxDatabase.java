package no.veikart.roadmap.sandbox.ao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.DatabaseProvider;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Builds an activeobjects {@link EntityManager} named like Jira's Active Objects (Atlassian table, column, index,
 * sequence, trigger and unique-constraint names, as Atlassian's {@code ActiveObjectsNameConvertersFactory} sets
 * them) and wraps it as the {@code ActiveObjects} stand-in.
 *
 * <p>The sandbox uses an embedded H2 <em>file</em> database, so data survives a restart. H2 has published
 * CVEs in its web console and TCP server: nothing here starts either, and URLs that would (tcp, AUTO_SERVER) are
 * refused.
 */
public final class SandboxDatabase implements AutoCloseable {

    /** Enough for Jetty's request threads to rarely wait; H2 handles concurrent sessions (MVStore). */
    private static final int MAX_POOLED_CONNECTIONS = 40;
    private static final java.util.concurrent.atomic.LongAdder STATEMENTS = new java.util.concurrent.atomic.LongAdder();
    /** {@code -Droadmap.sql.trace=true} prints every statement prepared: to see what a page's query count is made of. */
    private static final boolean TRACE = Boolean.getBoolean("roadmap.sql.trace");

    private final String url;
    private final EntityManager entityManager;
    private final EntityManagerActiveObjects activeObjects;

    private SandboxDatabase(String url, EntityManager entityManager) {
        this.url = url;
        this.entityManager = entityManager;
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
    }

    /** H2 file database at {@code <home>/db/roadmap}; the directory is created when missing. */
    public static SandboxDatabase h2File(Path home) {
        Path dir = home.toAbsolutePath().normalize().resolve("db");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        // DB_CLOSE_DELAY=-1: AO opens a connection per operation outside transactions; without it H2 would close
        // and reopen the file database each time. close() shuts it down explicitly. WRITE_DELAY=0: every commit
        // reaches the file before it returns; with H2's default (500 ms) a killed sandbox loses the last commits it
        // had acknowledged (CrashSafetyIT found it).
        String url = "jdbc:h2:file:" + dir.resolve("roadmap") + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
        checkUrl(url);
        // Pooled: AO asks for a connection per operation, and opening an H2 session is serialised inside H2, so
        // without a pool concurrent requests queue there (seen under SandboxLoadBenchmark). Jira's AO uses Jira's pool.
        // Not H2's JdbcConnectionPool: it rolls back on every borrow and return, and under H2 2.x with WRITE_DELAY=0
        // each rollback runs MVStore.commit() under the store's lock (JFR of the load test: 37 000 waits, 47 req/s).
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(MAX_POOLED_CONNECTIONS);
        config.setMinimumIdle(2);
        config.setPoolName("roadmap-sandbox-h2");
        HikariDataSource pool = openOnce(config, dir);
        // What EntityManagerBuilder would configure, with Jira's names as in entityManager(...) below.
        NameConverters names = new SimpleNameConverters(new AtlassianTableNameConverter(), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
        SchemaConfiguration schema = new DefaultSchemaConfiguration();
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        EntityManager entityManager = new EntityManager(new H2DatabaseProvider(disposable(pool)), new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        });
        return new SandboxDatabase(url, entityManager);
    }

    /** Opens the file now, so that a home H2 2.x cannot read is named before AO's first statement fails on it. */
    private static HikariDataSource openOnce(HikariConfig config, Path dir) {
        // Hikari opens its first connection in its constructor (initializationFailTimeout 1 ms by default).
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            SQLException sql = sqlCause(e);
            // 90048: the file is H2 1.4.200's (sandboxes before the move to H2 2.x); homes are throwaway.
            throw new IllegalStateException(sql != null && sql.getErrorCode() == 90048
                    ? dir + " was written by an older H2 (1.4.200) that H2 2.x cannot read: delete it (sandbox homes"
                            + " are throwaway)"
                    : "Cannot open the sandbox database in " + dir, e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** After SHUTDOWN the pool's reset of the connection (auto-commit, rollback) fails on the closed database. */
    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the database is shut down already: nothing to release
            }
        }
    }

    /** The pool as AO's {@link DisposableDataSource}: {@code dispose()} closes every pooled connection. */
    private static DisposableDataSource disposable(HikariDataSource pool) {
        return (DisposableDataSource) Proxy.newProxyInstance(SandboxDatabase.class.getClassLoader(),
                new Class<?>[] {DisposableDataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("dispose") && method.getParameterCount() == 0) {
                        pool.close();
                        return null;
                    }
                    Object result = invoke(method, pool, args);
                    return result instanceof Connection c ? counting(c) : result;
                });
    }

    /** Counts the statements AO prepares, so tests can assert how many queries a page costs. */
    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(SandboxDatabase.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        STATEMENTS.increment();
                        if (TRACE && args != null && args.length > 0 && args[0] instanceof String sql) {
                            System.out.println("sandbox-sql: " + sql);
                        }
                    }
                    return invoke(method, connection, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** JDBC statements prepared through every pooled sandbox database of this JVM so far (createStatement included). */
    public static long statements() {
        return STATEMENTS.sum();
    }

    /**
     * A provider over a pool of connections to {@code url} (H2 or PostgreSQL), as Jira's Active Objects and SAL get
     * theirs: for measuring reads the way a running host pays for them, not with a new physical connection per call
     * (what AO's builder gives without a pool library on the class path). {@code dispose()} closes the pool.
     */
    public static DatabaseProvider pooledProvider(String url, String username, String password, String schema) {
        checkUrl(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setPoolName("roadmap-pooled-provider");
        DisposableDataSource pooled = disposable(new HikariDataSource(config));
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgreSQLDatabaseProvider(pooled, schema);
        }
        if (url.startsWith("jdbc:h2:")) {
            return new H2DatabaseProvider(pooled, schema);
        }
        throw new IllegalArgumentException("H2 or PostgreSQL only: " + url);
    }

    /** Any JDBC URL AO 3.2.11 supports (H2, HSQLDB, PostgreSQL ...). */
    public static SandboxDatabase open(String url, String username, String password) {
        return new SandboxDatabase(url, entityManager(url, username, password, null));
    }

    /** An EntityManager with Jira's AO naming; {@code schema} may be null for the connection's default. */
    public static EntityManager entityManager(String url, String username, String password, String schema) {
        checkUrl(url);
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder =
                EntityManagerBuilder.url(url).username(username).password(password);
        if (schema != null) {
            builder = builder.schema(schema);
        }
        return builder.auto()
                .tableNameConverter(new AtlassianTableNameConverter())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    private static void checkUrl(String url) {
        Objects.requireNonNull(url, "url");
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:") || lower.contains("auto_server")) {
            throw new IllegalArgumentException("H2 server modes are not allowed (CVEs in H2's servers): " + url);
        }
    }

    public String url() {
        return url;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public EntityManagerActiveObjects activeObjects() {
        return activeObjects;
    }

    @Override
    public void close() {
        try {
            if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
                // Releases the file lock now, so a restarted sandbox in the same JVM really reopens the file.
                Connection c = null;
                try {
                    c = entityManager.getProvider().getConnection();
                    try (Statement s = c.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("H2 shutdown failed for " + url, e);
                } finally {
                    closeQuietly(c);
                }
            }
        } finally {
            entityManager.getProvider().dispose();
        }
    }
}
