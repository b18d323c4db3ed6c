package no.veikart.roadmap.gain.persistence.upgrade;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.H2MemoryDb;

@Jdbc(H2MemoryDb.class)
public class GainLatestMeasurementUpgradeH2Test extends GainLatestMeasurementUpgradeContract {
}
