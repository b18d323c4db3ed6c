package no.veikart.roadmap.roles.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class RoleMatrixRepositoryH2Test extends RoleMatrixRepositoryContract {
}
