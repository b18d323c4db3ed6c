package no.veikart.roadmap.initiative.persistence.upgrade;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class InitiativeSummaryUpgradeH2Test extends InitiativeSummaryUpgradeContract {
}
