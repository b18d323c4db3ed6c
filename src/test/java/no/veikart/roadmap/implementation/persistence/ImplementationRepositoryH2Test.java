package no.veikart.roadmap.implementation.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class ImplementationRepositoryH2Test extends ImplementationRepositoryContract {
}
