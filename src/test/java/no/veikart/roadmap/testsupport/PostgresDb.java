package no.veikart.roadmap.testsupport;

import net.java.ao.test.jdbc.AbstractJdbcConfiguration;
import org.junit.AssumptionViolatedException;

/**
 * PostgreSQL for {@code @Jdbc(PostgresDb.class)}, configured by the system properties the POM passes to
 * surefire/failsafe: {@code roadmap.pg.url}, {@code roadmap.pg.user}, {@code roadmap.pg.password}. With no URL the
 * tests are skipped, unless {@code roadmap.require.postgres=true} (as {@code .ci/run} sets), which fails them.
 * Start a throw-away server with {@code .ci/start-postgres.sh}; it prints the URL.
 *
 * <p>Warning: the AO test runner drops every table in the schema before it creates the test's tables. Never point
 * this at a database whose data matters.
 */
public final class PostgresDb extends AbstractJdbcConfiguration implements OptionalDatabase {

    public static final String URL_PROPERTY = "roadmap.pg.url";
    public static final String USER_PROPERTY = "roadmap.pg.user";
    public static final String PASSWORD_PROPERTY = "roadmap.pg.password";
    public static final String REQUIRE_PROPERTY = "roadmap.require.postgres";

    // Never connected to: checkAvailable() stops the test first. Keeps the runner's constructor happy.
    private static final String UNCONFIGURED_URL = "jdbc:postgresql://127.0.0.1:1/roadmap-not-configured";

    public PostgresDb() {
        super(isConfigured() ? configuredUrl() : UNCONFIGURED_URL,
                property(USER_PROPERTY, "roadmap"),
                property(PASSWORD_PROPERTY, "roadmap"),
                "public");
    }

    public static boolean isConfigured() {
        return !configuredUrl().isEmpty();
    }

    public static boolean isRequired() {
        return Boolean.parseBoolean(property(REQUIRE_PROPERTY, "false"));
    }

    @Override
    public void checkAvailable() {
        if (isConfigured()) {
            return;
        }
        String message = "PostgreSQL not configured: pass -D" + URL_PROPERTY
                + "=jdbc:postgresql://127.0.0.1:PORT/roadmap (.ci/start-postgres.sh starts one and prints it)";
        if (isRequired()) {
            throw new AssertionError(message + "; " + REQUIRE_PROPERTY + "=true forbids skipping");
        }
        throw new AssumptionViolatedException(message);
    }

    @Override
    protected String getDefaultSchema() {
        return "public";
    }

    @Override
    protected String getDefaultUrl() {
        return UNCONFIGURED_URL;
    }

    private static String configuredUrl() {
        return property(URL_PROPERTY, "");
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
