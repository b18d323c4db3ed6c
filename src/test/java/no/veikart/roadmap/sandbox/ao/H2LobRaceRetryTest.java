package no.veikart.roadmap.sandbox.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.ActiveObjectsException;
import org.junit.Test;

/** Reads are tried again only for H2 1.4.200's LOB race (h2database#1808), and only once. */
public class H2LobRaceRetryTest {
    private static SQLException lobRace() {
        NullPointerException npe = new NullPointerException("lob");
        npe.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.h2.mvstore.db.LobStorageMap", "copyLob", "LobStorageMap.java", 259)});
        return new SQLException("General error", npe);
    }

    @Test
    public void aReadThatMetTheLobRaceIsTriedOnceMore() {
        AtomicInteger calls = new AtomicInteger();
        String result = EntityManagerActiveObjects.read(() -> {
            if (calls.incrementAndGet() == 1) {
                throw lobRace();
            }
            return "row";
        });
        assertEquals("row", result);
        assertEquals(2, calls.get());
    }

    @Test
    public void theRaceTwiceFailsAndOtherErrorsAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(ActiveObjectsException.class, () -> EntityManagerActiveObjects.read(() -> {
            calls.incrementAndGet();
            throw lobRace();
        }));
        assertEquals(2, calls.get());
        AtomicInteger other = new AtomicInteger();
        assertThrows(ActiveObjectsException.class, () -> EntityManagerActiveObjects.read(() -> {
            other.incrementAndGet();
            throw new SQLException("syntax", new NullPointerException("elsewhere"));
        }));
        assertEquals(1, other.get());
    }
}
