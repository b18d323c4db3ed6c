package no.veikart.roadmap.testsupport;

/**
 * Runs a test body with Active Objects' transactions at READ COMMITTED instead of its default SERIALIZABLE:
 * {@code net.java.ao.DatabaseProvider.startTransaction()} reads the level from the system property
 * {@code ao.transaction.isolation.level} at each transaction (activeobjects 3.2.11). Which level Jira's AO
 * transactions get is not confirmed, so concurrency tests run at both. Not for parallel test runs in one JVM.
 */
public final class ReadCommitted {
    private static final String PROPERTY = "ao.transaction.isolation.level";

    /** The body of a test. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    private ReadCommitted() {
    }

    public static void run(Body body) throws Exception {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, "TRANSACTION_READ_COMMITTED");
        try {
            body.run();
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }
}
