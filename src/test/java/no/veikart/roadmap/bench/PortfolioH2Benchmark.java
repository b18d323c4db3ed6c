package no.veikart.roadmap.bench;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class PortfolioH2Benchmark extends PortfolioBenchmarkContract {
    @Override
    protected String dbName() {
        return "h2";
    }

    @Override
    protected net.java.ao.test.jdbc.JdbcConfiguration jdbc() {
        return new H2MemoryDb();
    }
}
