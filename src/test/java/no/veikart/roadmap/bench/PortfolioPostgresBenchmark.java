package no.veikart.roadmap.bench;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.PostgresDb;

/** Runs when -Droadmap.pg.url names a throw-away PostgreSQL (see .ci/start-postgres.sh); skipped otherwise. */
@Jdbc(PostgresDb.class)
public class PortfolioPostgresBenchmark extends PortfolioBenchmarkContract {
    @Override
    protected String dbName() {
        return "postgresql";
    }

    @Override
    protected net.java.ao.test.jdbc.JdbcConfiguration jdbc() {
        return new PostgresDb();
    }
}
