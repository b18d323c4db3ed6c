package no.veikart.roadmap.reporting.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class StatusReportRepositoryH2Test extends StatusReportRepositoryContract {
}
