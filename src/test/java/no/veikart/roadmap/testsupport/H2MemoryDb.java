package no.veikart.roadmap.testsupport;

import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

/**
 * In-memory H2 (2.x) for {@code @Jdbc(H2MemoryDb.class)}. DB_CLOSE_DELAY=-1 keeps the database alive between the
 * per-operation connections AO opens outside transactions. Embedded only: no web console, no TCP server.
 */
public final class H2MemoryDb extends AbstractJdbcConfiguration {

    static final String URL = "jdbc:h2:mem:roadmap-ao-test;DB_CLOSE_DELAY=-1";

    public H2MemoryDb() {
        super(URL, "sa", "", "PUBLIC");
    }

    @Override
    protected String getDefaultSchema() {
        return "PUBLIC";
    }

    @Override
    protected String getDefaultUrl() {
        return URL;
    }
}
