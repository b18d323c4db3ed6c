package no.veikart.roadmap.phase.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class PhaseMoveAdvisedColumnH2Test extends PhaseMoveAdvisedColumnContract {
}
