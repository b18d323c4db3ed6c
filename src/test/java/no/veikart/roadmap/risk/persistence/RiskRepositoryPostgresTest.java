package no.veikart.roadmap.risk.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.PostgresDb;

/** Skipped without -Droadmap.pg.url; fails instead when -Droadmap.require.postgres=true (CI). */
@Jdbc(PostgresDb.class)
public class RiskRepositoryPostgresTest extends RiskRepositoryContract {
}
