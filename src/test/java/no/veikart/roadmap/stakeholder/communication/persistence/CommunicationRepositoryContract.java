package no.veikart.roadmap.stakeholder.communication.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.stakeholder.communication.domain.Channel;
import no.veikart.roadmap.stakeholder.communication.domain.Communication;
import no.veikart.roadmap.stakeholder.communication.domain.CommunicationStatus;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import no.veikart.roadmap.testsupport.ConflictRace;
import org.junit.Test;

/** Communication plan entries on a real database; run by the H2 and PostgreSQL subclasses. */
@Data(CommunicationSchema.class)
public abstract class CommunicationRepositoryContract extends ActiveObjectsTestSupport {

    private AoCommunicationRepository repository() {
        return new AoCommunicationRepository(activeObjects());
    }

    private static Communication toLevel(long initiativeId, String message) {
        return new Communication(0, initiativeId, Level.POLITICAL, null, message, Channel.MEETING, LocalDate.of(2020, 9, 14),
                "Ældre- og sundhedschef", CommunicationStatus.PLANNED, null, 0);
    }

    private static Communication toStakeholder(long initiativeId, long stakeholderId) {
        return new Communication(0, initiativeId, null, stakeholderId, "Nyhedsbrev: «træning» og pårørende\nlinje 2",
                Channel.NEWSLETTER, LocalDate.of(2020, 11, 2), null, CommunicationStatus.DONE, null, 0);
    }

    @Test
    public void entriesRoundTripWithTheirAudienceDateAndUnicode() {
        Communication level = repository().create(toLevel(7, "Orientering om piloten"));
        Communication one = repository().create(toStakeholder(7, 42));
        repository().create(toLevel(8, "another initiative"));

        assertTrue(level.id() > 0);
        assertEquals(0, level.version());
        assertEquals(level, repository().find(level.id()).orElseThrow());
        Communication read = repository().find(one.id()).orElseThrow();
        assertEquals(Long.valueOf(42), read.stakeholderId());
        assertNull(read.audienceLevel());
        assertEquals("Nyhedsbrev: «træning» og pårørende\nlinje 2", read.message());
        assertEquals(LocalDate.of(2020, 11, 2), read.date());
        assertEquals(List.of(level.id(), one.id()), repository().findByInitiative(7).stream().map(Communication::id).toList());
        assertEquals(2, repository().countByInitiative(7));
        assertFalse(repository().find(987_654).isPresent());
    }

    @Test
    public void aChangeNeedsTheStoredVersionAndKeepsTheContactLink() {
        Communication stored = repository().create(toStakeholder(9, 3));
        Communication linked = repository().linkContact(stored.id(), 0, () -> 55L);
        assertEquals(Long.valueOf(55), linked.contactLogId());
        assertEquals(1, linked.version());

        Communication changed = new Communication(stored.id(), 9, null, 3L, "edited", Channel.EMAIL, stored.date(), "Mette",
                CommunicationStatus.DONE, linked.contactLogId(), 1);
        Communication updated = repository().update(changed, 1);
        assertEquals(2, updated.version());
        assertEquals("edited", updated.message());
        assertEquals(Long.valueOf(55), updated.contactLogId());

        RoadmapException.Conflict stale = assertThrows(RoadmapException.Conflict.class, () -> repository().update(changed, 1));
        assertEquals("roadmap.error.staleVersion", stale.errors().get(0).key());
        assertThrows(RoadmapException.Conflict.class, () -> repository().delete(stored.id(), 1));
        repository().delete(stored.id(), 2);
        assertFalse(repository().find(stored.id()).isPresent());
    }

    @Test
    public void aStaleLinkWritesNoContact() {
        Communication stored = repository().create(toStakeholder(10, 3));
        AtomicInteger written = new AtomicInteger();
        assertThrows(RoadmapException.Conflict.class, () -> repository().linkContact(stored.id(), 4, () -> written.incrementAndGet()));
        assertEquals(0, written.get());
        assertNull(repository().find(stored.id()).orElseThrow().contactLogId());
    }

    /** Two clicks (or two nodes) log the same entry at once: one contact is linked, every other log is refused. */
    @Test
    @NonTransactional
    public void concurrentLogsLinkOneContact() throws Exception {
        AoCommunicationRepository repository = repository();
        long initiativeId = 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        Communication stored = repository.create(toStakeholder(initiativeId, 3));
        int threads = 6;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger written = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> results = new java.util.ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return repository.linkContact(stored.id(), 0, () -> 100L + written.incrementAndGet()).contactLogId();
                    } catch (RoadmapException.Conflict e) {
                        return null;
                    }
                }));
            }
            start.countDown();
            List<Long> linked = new java.util.ArrayList<>();
            for (Future<Long> f : results) {
                Long id = f.get(1, TimeUnit.MINUTES);
                if (id != null) {
                    linked.add(id);
                }
            }
            assertEquals("exactly one log wins: " + linked, 1, linked.size());
            Communication after = repository.find(stored.id()).orElseThrow();
            assertEquals(1, after.version());
            assertEquals(linked.get(0), after.contactLogId());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @NonTransactional
    public void concurrentEditorsLoseNoUpdate() throws Exception {
        AoCommunicationRepository repository = repository();
        long initiativeId = 1_000_000 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
        long id = repository.create(toLevel(initiativeId, "start")).id();
        String db = entityManager.getProvider().getClass().getSimpleName().replace("DatabaseProvider", "");

        ConflictRace.Result result = ConflictRace.run("communication@" + db, 8, 12, () -> repository.find(id).orElseThrow(),
                Communication::version,
                (seen, mark) -> repository.update(new Communication(id, initiativeId, Level.STAFF, null, seen.message() + "|" + mark,
                        Channel.EMAIL, seen.date(), null, CommunicationStatus.PLANNED, null, seen.version()), seen.version()).version());

        Communication stored = repository.find(id).orElseThrow();
        List<String> marks = Arrays.asList(stored.message().split("\\|"));
        result.assertNoneLost(stored.version(), marks.subList(1, marks.size()));
    }
}
