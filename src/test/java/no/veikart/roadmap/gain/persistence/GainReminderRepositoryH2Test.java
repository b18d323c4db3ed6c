package no.veikart.roadmap.gain.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class GainReminderRepositoryH2Test extends GainReminderRepositoryContract {
}
