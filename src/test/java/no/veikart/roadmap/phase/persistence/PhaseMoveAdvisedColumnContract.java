package no.veikart.roadmap.phase.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Date;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/**
 * PHASE_MOVE.ADVISED_DECISION came after the table was in use and has no upgrade task: this proves that Active
 * Objects' own migration of the live entity (what Jira and the sandbox's AoBootstrap do at every start) adds the
 * column to a table that has rows, keeps those rows, reads them as null ("no recommendation recorded") and stores the
 * column from then on. Run on H2 and PostgreSQL.
 */
@Data(PhaseMoveAdvisedColumnContract.BeforeSchema.class)
public abstract class PhaseMoveAdvisedColumnContract extends ActiveObjectsTestSupport {

    /** PHASE_MOVE as it was before the column (the columns this test needs of it). */
    @Table("PHASE_MOVE")
    public interface PhaseMoveBefore extends Entity {
        @NotNull
        long getInitiativeId();

        void setInitiativeId(long id);

        @StringLength(64)
        String getDecision();

        void setDecision(String decision);

        Date getMovedAt();

        void setMovedAt(Date at);

        @NotNull
        int getPilotRound();

        void setPilotRound(int round);
    }

    public static final class BeforeSchema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(PhaseMoveBefore.class);
        }
    }

    @Test
    @NonTransactional
    @SuppressWarnings("unchecked")
    public void theLiveEntityAddsTheNullableColumnAndOldRowsReadNull() {
        ActiveObjects ao = activeObjects();
        PhaseMoveBefore old = ao.create(PhaseMoveBefore.class, new DBParam("INITIATIVE_ID", 7L), new DBParam("PILOT_ROUND", 1));
        old.setDecision("FURTHER_TESTS");
        old.setMovedAt(new Date(1_600_000_000_000L));
        old.save();

        ao.migrate(PhaseMoveEntity.class);

        PhaseMoveEntity[] rows = ao.find(PhaseMoveEntity.class);
        assertEquals(1, rows.length);
        assertEquals("FURTHER_TESTS", rows[0].getDecision());
        assertEquals(1, rows[0].getPilotRound());
        assertNull(rows[0].getAdvisedDecision());

        rows[0].setAdvisedDecision("OPERATIONS");
        rows[0].save();
        assertEquals("OPERATIONS", ao.get(PhaseMoveEntity.class, rows[0].getID()).getAdvisedDecision());
    }
}
