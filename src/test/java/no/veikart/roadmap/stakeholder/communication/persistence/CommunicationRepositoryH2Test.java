package no.veikart.roadmap.stakeholder.communication.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class CommunicationRepositoryH2Test extends CommunicationRepositoryContract {
}
