package no.veikart.roadmap.risk.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class RiskRepositoryH2Test extends RiskRepositoryContract {
}
