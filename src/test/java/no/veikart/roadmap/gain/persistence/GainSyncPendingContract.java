package no.veikart.roadmap.gain.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.java.ao.test.jdbc.Data;
import no.veikart.roadmap.gain.domain.GainSearchFields;
import no.veikart.roadmap.gain.domain.GainSyncPendingStore;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/** The waiting list of initiatives whose search fields are out of step, on a real database (H2 and PostgreSQL). */
@Data(GainSyncPendingSchema.class)
public abstract class GainSyncPendingContract extends ActiveObjectsTestSupport {
    private static final Instant FIRST = Instant.parse("2024-03-01T10:15:30Z");

    private AoGainSyncPendingStore store() {
        return new AoGainSyncPendingStore(activeObjects());
    }

    @Test
    public void recordingAgainCountsAttemptsOnOneRowPerInitiative() {
        store().record(7, 10007, "DEMO-7", GainSearchFields.Reason.NOT_SET_UP, FIRST);
        store().record(7, 10007, "DEMO-7", GainSearchFields.Reason.REJECTED, FIRST.plusSeconds(60));
        store().record(8, 10008, "HELSE-1", GainSearchFields.Reason.ERROR, FIRST.plusSeconds(30));

        assertEquals(2, store().count());
        List<GainSyncPendingStore.Pending> waiting = store().list(10);
        assertEquals(List.of(7L, 8L), waiting.stream().map(GainSyncPendingStore.Pending::initiativeId).toList());
        GainSyncPendingStore.Pending seven = waiting.get(0);
        assertEquals(10007, seven.issueId());
        assertEquals("DEMO-7", seven.issueKey());
        assertEquals(GainSearchFields.Reason.REJECTED, seven.reason());
        assertEquals(2, seven.attempts());
        assertEquals(FIRST, seven.firstFailed());
        assertEquals(FIRST.plusSeconds(60), seven.lastFailed());
        assertEquals(1, store().list(1).size());
    }

    @Test
    public void removingForgetsOnlyThatInitiative() {
        store().record(7, 10007, "DEMO-7", GainSearchFields.Reason.REJECTED, FIRST);
        store().record(8, 10008, "DEMO-8", GainSearchFields.Reason.REJECTED, FIRST);
        store().remove(7);
        store().remove(99);
        assertEquals(List.of(8L), store().list(10).stream().map(GainSyncPendingStore.Pending::initiativeId).toList());
    }

    @Test
    public void theInitiativeIdIsUniqueInTheDatabase() {
        store().record(7, 10007, "DEMO-7", GainSearchFields.Reason.REJECTED, FIRST);
        try {
            activeObjects().create(GainSyncPendingEntity.class, Map.of("INITIATIVE_ID", 7L, "ISSUE_ID", 1L, "ATTEMPTS", 1,
                    "FIRST_FAILED", java.util.Date.from(FIRST), "LAST_FAILED", java.util.Date.from(FIRST)));
        } catch (RuntimeException e) {
            assertTrue(no.veikart.roadmap.platform.persistence.RevisionClaims.isUniqueViolation(e));
            return;
        }
        throw new AssertionError("a second row for initiative 7 was accepted");
    }

    @Test
    public void tableNameFitsEveryDatabase() throws Exception {
        assertTrue(tableNames().stream().anyMatch("AO_CEC056_GAIN_SYNC_PENDING"::equalsIgnoreCase));
        assertTrue("AO_CEC056_GAIN_SYNC_PENDING".length() <= 30);
    }
}
