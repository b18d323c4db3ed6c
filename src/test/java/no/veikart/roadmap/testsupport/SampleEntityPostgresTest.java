package no.veikart.roadmap.testsupport;

import net.java.ao.test.jdbc.Jdbc;

/** Skipped without -Droadmap.pg.url; fails instead when -Droadmap.require.postgres=true. */
@Jdbc(PostgresDb.class)
public class SampleEntityPostgresTest extends SampleEntityContract {
}
