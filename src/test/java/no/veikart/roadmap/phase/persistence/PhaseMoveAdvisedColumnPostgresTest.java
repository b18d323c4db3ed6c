package no.veikart.roadmap.phase.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.testsupport.PostgresDb;

/** Skipped without -Droadmap.pg.url; fails instead when -Droadmap.require.postgres=true (CI). */
@Jdbc(PostgresDb.class)
public class PhaseMoveAdvisedColumnPostgresTest extends PhaseMoveAdvisedColumnContract {
}
