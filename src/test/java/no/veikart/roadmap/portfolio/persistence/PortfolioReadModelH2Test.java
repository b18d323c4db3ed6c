package no.veikart.roadmap.portfolio.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class PortfolioReadModelH2Test extends PortfolioReadModelContract {
}
