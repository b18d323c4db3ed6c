package no.veikart.roadmap.testsupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/**
 * The same tests for every database; {@link SampleEntityH2Test} and {@link SampleEntityPostgresTest} pick the
 * database. Template for real repository tests.
 */
@Data(SampleEntityContract.Schema.class)
public abstract class SampleEntityContract extends ActiveObjectsTestSupport {

    /** md5("no.veikart.service-innovation-roadmap") ends in cec056 (checked with md5sum). */
    static final String EXPECTED_TABLE = "AO_CEC056_SAMPLE_ENTITY";

    /** Schema for these tests: the runner calls it on a freshly emptied database. */
    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked") // EntityManager.migrate's generic varargs
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(SampleEntity.class);
        }
    }

    @Test
    public void createdEntitiesAreFoundWithUpperCaseColumnCriteria() {
        ActiveObjects ao = activeObjects();
        String run = UUID.randomUUID().toString();
        SampleEntity phase = ao.create(SampleEntity.class,
                new DBParam("TITLE", "Kartlegging"), new DBParam("CATEGORY", "phase-" + run), new DBParam("SCORE", 3));
        ao.create(SampleEntity.class, Map.of("TITLE", "Gevinst", "CATEGORY", "gain-" + run, "SCORE", 5));

        SampleEntity[] found = ao.find(SampleEntity.class,
                Query.select().where("CATEGORY = ? AND SCORE >= ?", "phase-" + run, 1));

        assertEquals(1, found.length);
        assertEquals(phase.getID(), found[0].getID());
        assertEquals("Kartlegging", found[0].getTitle());
        assertEquals(1, ao.count(SampleEntity.class, "CATEGORY = ?", "gain-" + run));
    }

    @Test
    public void tablesAndColumnsCarryAtlassianNames() throws Exception {
        assertEquals(EXPECTED_TABLE, entityManager.getTableNameConverter().getName(SampleEntity.class));

        List<String> tables = tableNames();
        assertTrue("tables in the database: " + tables, tables.contains(EXPECTED_TABLE));
        for (String table : tables) {
            if (table.startsWith("AO_")) {
                assertTrue(table, table.matches("AO_[0-9A-F]{6}_[A-Z0-9_]+") && table.length() <= 30);
            }
        }
        List<String> columns = columnNames(EXPECTED_TABLE);
        assertTrue("columns: " + columns, columns.containsAll(List.of("ID", "TITLE", "CATEGORY", "SCORE")));
    }

    @Test
    @NonTransactional // needs real commits and rollbacks, not the runner's per-test transaction
    public void executeInTransactionCommitsOrRollsBackAndNestedCallsJoin() {
        ActiveObjects ao = activeObjects();
        String marker = "tx-" + UUID.randomUUID();
        try {
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                    ao.executeInTransaction(() -> {
                        ao.create(SampleEntity.class, new DBParam("TITLE", "outer"), new DBParam("CATEGORY", marker));
                        ao.executeInTransaction(() -> ao.create(SampleEntity.class,
                                new DBParam("TITLE", "nested"), new DBParam("CATEGORY", marker)));
                        assertEquals(2, ao.count(SampleEntity.class, "CATEGORY = ?", marker));
                        throw boom;
                    }));
            assertSame(boom, thrown);
            assertEquals("rollback leaves nothing, nested work included",
                    0, ao.count(SampleEntity.class, "CATEGORY = ?", marker));

            SampleEntity kept = ao.executeInTransaction(() -> ao.create(SampleEntity.class,
                    new DBParam("TITLE", "kept"), new DBParam("CATEGORY", marker)));
            // Outside a transaction AO reads on a fresh connection: only committed rows are visible.
            SampleEntity[] committed = ao.find(SampleEntity.class, "CATEGORY = ?", marker);
            assertEquals(1, committed.length);
            assertEquals(kept.getID(), committed[0].getID());
        } finally {
            ao.deleteWithSQL(SampleEntity.class, "CATEGORY = ?", marker);
        }
    }
}
