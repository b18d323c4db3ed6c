package no.veikart.roadmap.testsupport;

/**
 * A {@link net.java.ao.test.jdbc.JdbcConfiguration} for a database that may be absent on a developer machine.
 * {@link ActiveObjectsTestSupport} calls {@link #checkAvailable()} before the runner connects, so a missing database
 * shows up as skipped tests (or failed ones, when the build requires it) instead of connection errors.
 */
public interface OptionalDatabase {

    /**
     * Returns normally when the database is configured; otherwise throws
     * {@link org.junit.AssumptionViolatedException} (skip) or {@link AssertionError} (required but missing).
     */
    void checkAvailable();
}
