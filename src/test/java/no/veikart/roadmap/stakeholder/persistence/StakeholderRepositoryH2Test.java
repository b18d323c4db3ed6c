package no.veikart.roadmap.stakeholder.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class StakeholderRepositoryH2Test extends StakeholderRepositoryContract {
}
