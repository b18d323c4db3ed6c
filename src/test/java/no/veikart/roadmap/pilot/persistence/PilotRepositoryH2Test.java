package no.veikart.roadmap.pilot.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class PilotRepositoryH2Test extends PilotRepositoryContract {
}
