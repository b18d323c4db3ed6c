package no.veikart.roadmap.platform.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class LostUpdateH2Test extends LostUpdateContract {
}
