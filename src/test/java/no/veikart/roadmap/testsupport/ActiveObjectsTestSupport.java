package no.veikart.roadmap.testsupport;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import no.veikart.roadmap.sandbox.ao.AtlassianTableNameConverter;
import no.veikart.roadmap.sandbox.ao.EntityManagerActiveObjects;
import org.junit.Rule;
import org.junit.rules.TestRule;
import org.junit.runner.RunWith;
import org.junit.runners.model.Statement;

/**
 * Base class for Active Objects tests that run unchanged on H2 and PostgreSQL.
 *
 * <p>Pattern: put the tests in an abstract class that extends this one and names its schema with
 * {@code @Data(MySchema.class)} (a {@link net.java.ao.test.jdbc.DatabaseUpdater} that calls
 * {@code entityManager.migrate(...)}); then add two empty subclasses, {@code FooH2Test} with
 * {@code @Jdbc(H2MemoryDb.class)} and {@code FooPostgresTest} with {@code @Jdbc(PostgresDb.class)}.
 *
 * <p>Names are Jira's: tables {@code AO_CEC056_<ENTITY>}, upper-case underscore columns (query with
 * {@code "CATEGORY = ?"}, never camel case). Each test runs inside a transaction the runner rolls back; mark a test
 * {@code @NonTransactional} when it must see real commits and rollbacks (it then cleans up after itself).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@NameConverters(
        table = AtlassianTableNameConverter.class,
        field = AtlassianFieldNameConverter.class,
        sequence = AtlassianSequenceNameConverter.class,
        trigger = AtlassianTriggerNameConverter.class,
        index = AtlassianIndexNameConverter.class,
        unique = AtlassianUniqueNameConverter.class)
public abstract class ActiveObjectsTestSupport {

    /** Injected by {@link ActiveObjectsJUnitRunner} before each test (found by type, also in superclasses). */
    protected EntityManager entityManager;

    private EntityManagerActiveObjects activeObjects;

    /**
     * Outermost rule (lowest order wraps the runner's own rule), so an unconfigured optional database is skipped
     * before the runner tries to connect.
     */
    @Rule(order = Integer.MIN_VALUE)
    public final TestRule databaseAvailable = (base, description) -> new Statement() {
        @Override
        public void evaluate() throws Throwable {
            checkDatabaseAvailable(description.getTestClass());
            base.evaluate();
        }
    };

    /** The {@code ActiveObjects} stand-in over the runner's EntityManager for the current test. */
    protected final ActiveObjects activeObjects() {
        if (entityManager == null) {
            throw new IllegalStateException("No EntityManager injected: run with ActiveObjectsJUnitRunner");
        }
        if (activeObjects == null || activeObjects.entityManager() != entityManager) {
            activeObjects = new EntityManagerActiveObjects(entityManager);
        }
        return activeObjects;
    }

    /** Names of the tables in the database, as its JDBC metadata reports them. */
    protected final List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        // Inside the runner's transaction this is the thread-bound connection and close() is a no-op.
        try (Connection connection = entityManager.getProvider().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** Column names of one table, as the JDBC metadata reports them. */
    protected final List<String> columnNames(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet columns = metaData.getColumns(null, null, table, "%")) {
                while (columns.next()) {
                    names.add(columns.getString("COLUMN_NAME"));
                }
            }
        }
        return names;
    }

    static void checkDatabaseAvailable(Class<?> testClass) throws ReflectiveOperationException {
        Jdbc jdbc = testClass == null ? null : testClass.getAnnotation(Jdbc.class);
        if (jdbc != null && OptionalDatabase.class.isAssignableFrom(jdbc.value())) {
            ((OptionalDatabase) jdbc.value().getDeclaredConstructor().newInstance()).checkAvailable();
        }
    }
}
