package no.veikart.roadmap.testsupport;

import net.java.ao.test.jdbc.Jdbc;

@Jdbc(H2MemoryDb.class)
public class SampleEntityH2Test extends SampleEntityContract {
}
