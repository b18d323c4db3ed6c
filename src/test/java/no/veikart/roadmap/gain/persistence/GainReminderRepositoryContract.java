package no.veikart.roadmap.gain.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.domain.Measurement;
import no.veikart.roadmap.gain.domain.MeasurementSchedule;
import no.veikart.roadmap.gain.domain.ReminderClaim;
import no.veikart.roadmap.gain.domain.ReminderKey;
import no.veikart.roadmap.gain.domain.ReminderRecord;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.phase.domain.InitiativeSummary;
import no.veikart.roadmap.phase.persistence.AoInitiativeSummaries;
import no.veikart.roadmap.phase.persistence.InitiativeEntity;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;
import no.veikart.roadmap.testsupport.ActiveObjectsTestSupport;
import org.junit.Test;

/**
 * What the follow-up reminders read and write on a real database; run by the H2 and PostgreSQL subclasses. The
 * concurrent tests use real commits (two threads, two connections, one database), which is what two cluster nodes
 * sharing Jira's database do.
 */
@Data(GainReminderSchema.class)
public abstract class GainReminderRepositoryContract extends ActiveObjectsTestSupport {
    private static final Instant NOW = Instant.parse("2025-03-31T06:00:00Z");

    private static Gain gain(long initiativeId, String owner) {
        return new Gain(0, initiativeId, GainType.TIME, "Færre plejetimer", null, Unit.HOURS, null, new BigDecimal("15000"),
                LocalDate.of(2024, 1, 1), new BigDecimal("13650"), LocalDate.of(2025, 12, 31), owner, null, Frequency.MONTHLY, 0);
    }

    private static Measurement measurement(long gainId, LocalDate date) {
        return new Measurement(0, gainId, new BigDecimal("14000"), date, "member", null);
    }

    /** Counts the queries that reach the ActiveObjects API. */
    private static final class Counting {
        final AtomicInteger reads = new AtomicInteger();
        final ActiveObjects ao;

        Counting(ActiveObjects target) {
            ao = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(), new Class<?>[] {ActiveObjects.class},
                    (proxy, method, args) -> {
                        if (List.of("find", "stream", "count", "get").contains(method.getName())) {
                            reads.incrementAndGet();
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Test
    public void everyGainComesWithItsLatestMeasurementDateInOneQueryWhateverTheCount() {
        AoGainRepository repository = new AoGainRepository(activeObjects());
        Gain unmeasured = repository.create(gain(1, "member"));
        Gain measured = repository.create(gain(1, "admin"));
        repository.addMeasurement(measurement(measured.id(), LocalDate.of(2025, 2, 28)), 0);
        repository.addMeasurement(measurement(measured.id(), LocalDate.of(2025, 3, 15)), 1);
        repository.addMeasurement(measurement(measured.id(), LocalDate.of(2025, 1, 31)), 2);
        Gain other = repository.create(gain(2, null));
        repository.addMeasurement(measurement(other.id(), LocalDate.of(2024, 6, 30)), 0);
        for (int i = 0; i < 40; i++) {
            Gain g = repository.create(gain(3, "member"));
            repository.addMeasurement(measurement(g.id(), LocalDate.of(2025, 1, 1).plusDays(i)), 0);
        }
        Counting counting = new Counting(activeObjects());

        List<MeasurementSchedule> schedules = new AoGainRepository(counting.ao).findMeasurementSchedules();

        assertEquals("one read of the gains, which carry their latest measurement date", 1, counting.reads.get());
        assertEquals(43, schedules.size());
        Map<Long, MeasurementSchedule> byId = new HashMap<>();
        schedules.forEach(s -> byId.put(s.gain().id(), s));
        assertNull(byId.get(unmeasured.id()).lastMeasuredOn());
        assertEquals(LocalDate.of(2024, 2, 1), byId.get(unmeasured.id()).nextDue());
        assertEquals(LocalDate.of(2025, 3, 15), byId.get(measured.id()).lastMeasuredOn());
        assertEquals(LocalDate.of(2025, 4, 15), byId.get(measured.id()).nextDue());
        assertEquals(measured.withVersion(3), byId.get(measured.id()).gain());
        assertEquals(LocalDate.of(2024, 6, 30), byId.get(other.id()).lastMeasuredOn());
        assertEquals(schedules.stream().map(s -> s.gain().id()).sorted().toList(), schedules.stream().map(s -> s.gain().id()).toList());
    }

    @Test
    public void initiativeNamesAreReadForManyIdsAtOnce() {
        ActiveObjects ao = activeObjects();
        List<Long> ids = new ArrayList<>();
        for (String[] row : List.of(new String[] {"DEMO-1", "DEMO", "Digital hjemmetrening"},
                new String[] {"HELSE-7", "HELSE", "Medisinrobot – «Pilly»"})) {
            Map<String, Object> values = new HashMap<>();
            values.put("ISSUE_ID", 10_000L + ids.size());
            values.put("ISSUE_KEY", row[0]);
            values.put("PROJECT_KEY", row[1]);
            values.put("SUMMARY", row[2]);
            values.put("TEMPLATE_ID", 1L);
            values.put("STATUS", "ACTIVE");
            values.put("PILOT_ROUND", 0);
            values.put("ROW_VERSION", 0L);
            values.put("CREATED", Date.from(NOW));
            ids.add((long) ao.create(InitiativeEntity.class, values).getID());
        }
        List<Long> asked = new ArrayList<>(LongStream.rangeClosed(ids.get(1) + 1, ids.get(1) + 1200).boxed().toList());
        asked.addAll(ids);

        Map<Long, InitiativeSummary> found = new AoInitiativeSummaries(ao).findSummaries(asked);

        assertEquals(2, found.size());
        assertEquals(new InitiativeSummary(ids.get(0), "DEMO-1", "DEMO", "Digital hjemmetrening"), found.get(ids.get(0)));
        assertEquals("Medisinrobot – «Pilly»", found.get(ids.get(1)).summary());
        assertTrue(new AoInitiativeSummaries(ao).findSummaries(List.of()).isEmpty());
    }

    @Test
    public void aReminderIsClaimedOnceRecordedAsSentAndNeverClaimedAgain() {
        AoGainReminderLedger ledger = new AoGainReminderLedger(activeObjects());
        ReminderKey key = new ReminderKey(7, LocalDate.of(2025, 2, 15));

        ReminderClaim claim = ledger.claim(key, "member", NOW).orElseThrow();

        assertEquals(1, claim.attempt());
        assertTrue("a second run gets nothing", ledger.claim(key, "member", NOW).isEmpty());
        assertEquals(ReminderRecord.State.SENDING, ledger.find(List.of(key)).get(key).state());
        assertTrue(ledger.sent(claim, NOW));
        ReminderRecord sent = ledger.find(List.of(key)).get(key);
        assertEquals(ReminderRecord.State.SENT, sent.state());
        assertEquals(NOW, sent.updatedAt());
        assertTrue(ledger.claim(key, "member", NOW.plusSeconds(86_400 * 30)).isEmpty());
        assertFalse("only once", ledger.sent(claim, NOW));
        ReminderKey nextDue = new ReminderKey(7, LocalDate.of(2025, 3, 15));
        assertTrue("the next due date is a new reminder", ledger.claim(nextDue, "member", NOW).isPresent());
    }

    @Test
    public void aFailedReminderIsTakenOverByExactlyOneLaterRun() {
        AoGainReminderLedger ledger = new AoGainReminderLedger(activeObjects());
        ReminderKey key = new ReminderKey(8, LocalDate.of(2025, 2, 15));
        ReminderClaim first = ledger.claim(key, "member", NOW).orElseThrow();
        assertTrue(ledger.failed(first, "java.lang.IllegalStateException", NOW));
        ReminderRecord failed = ledger.find(List.of(key)).get(key);
        assertEquals(ReminderRecord.State.FAILED, failed.state());
        assertTrue(failed.claimable(NOW));
        String error = activeObjects().find(GainReminderEntity.class, "REMINDER_KEY = ?", key.text())[0].getLastError();
        assertEquals("java.lang.IllegalStateException", error);

        ReminderClaim retry = ledger.claim(key, "member", NOW.plusSeconds(86_400)).orElseThrow();

        assertEquals(2, retry.attempt());
        assertTrue(ledger.claim(key, "member", NOW.plusSeconds(86_400)).isEmpty());
        assertFalse("the first claim is spent", ledger.failed(first, "x", NOW));
        assertTrue(ledger.sent(retry, NOW.plusSeconds(86_400)));
        assertEquals(ReminderRecord.State.SENT, ledger.find(List.of(key)).get(key).state());
    }

    @Test
    public void aClaimAbandonedForAnHourIsTakenOverAndTheLateHolderCannotOverwriteIt() {
        AoGainReminderLedger ledger = new AoGainReminderLedger(activeObjects());
        ReminderKey key = new ReminderKey(9, LocalDate.of(2025, 2, 15));
        ReminderClaim crashed = ledger.claim(key, "member", NOW).orElseThrow();

        assertTrue(ledger.claim(key, "member", NOW.plus(ReminderRecord.ABANDONED_AFTER).minusSeconds(1)).isEmpty());
        ReminderClaim takeOver = ledger.claim(key, "member", NOW.plus(ReminderRecord.ABANDONED_AFTER)).orElseThrow();

        assertFalse(ledger.sent(crashed, NOW));
        assertTrue(ledger.sent(takeOver, NOW));
    }

    @Test
    public void manyKeysAreLookedUpInChunks() {
        AoGainReminderLedger ledger = new AoGainReminderLedger(activeObjects());
        List<ReminderKey> keys = new ArrayList<>();
        for (long gain = 1; gain <= 1100; gain++) {
            keys.add(new ReminderKey(gain, LocalDate.of(2025, 3, 1)));
        }
        ledger.claim(keys.get(3), "member", NOW);
        ledger.claim(keys.get(1050), "admin", NOW);

        Map<ReminderKey, ReminderRecord> found = ledger.find(keys);

        assertEquals(2, found.size());
        assertEquals(ReminderRecord.State.SENDING, found.get(keys.get(1050)).state());
        assertTrue(ledger.find(List.of()).isEmpty());
    }

    @Test
    public void tableAndColumnsFitEveryDatabase() throws Exception {
        List<String> tables = tableNames();
        String table = tables.stream().filter("AO_CEC056_GAIN_REMINDER"::equalsIgnoreCase).findFirst().orElseThrow();
        List<String> columns = columnNames(table).stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
        assertTrue("columns: " + columns, columns.containsAll(List.of("ID", "REMINDER_KEY", "GAIN_ID", "DUE_DATE", "OWNER_KEY",
                "STATE", "ATTEMPTS", "LAST_ERROR", "UPDATED_AT", "SENT_AT", "ROW_VERSION")));
    }

    /**
     * Two cluster nodes running the job at the same moment on the same database: for every reminder exactly one of
     * them gets the claim, both for a new reminder (the unique reminder key) and for taking over a failed one (the
     * unique version claim).
     */
    @Test
    @NonTransactional
    public void twoNodesClaimingAtTheSameMomentNeverBothWin() throws Exception {
        ActiveObjects ao = activeObjects();
        AoGainReminderLedger nodeA = new AoGainReminderLedger(ao);
        AoGainReminderLedger nodeB = new AoGainReminderLedger(ao);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        long gainBase = 900_000 + (System.nanoTime() % 1000) * 100;
        try {
            for (int round = 0; round < 20; round++) {
                ReminderKey key = new ReminderKey(gainBase + round, LocalDate.of(2025, 2, 15));
                List<Optional<ReminderClaim>> fresh = race(nodes, () -> nodeA.claim(key, "member", NOW),
                        () -> nodeB.claim(key, "member", NOW));
                assertEquals("new reminder, round " + round + ": " + fresh, 1, fresh.stream().filter(Optional::isPresent).count());

                ReminderClaim winner = fresh.stream().filter(Optional::isPresent).findFirst().orElseThrow().get();
                assertTrue(nodeA.failed(winner, "java.io.IOException", NOW));
                List<Optional<ReminderClaim>> retries = race(nodes, () -> nodeA.claim(key, "member", NOW.plusSeconds(60)),
                        () -> nodeB.claim(key, "member", NOW.plusSeconds(60)));
                assertEquals("failed reminder, round " + round + ": " + retries, 1,
                        retries.stream().filter(Optional::isPresent).count());
                assertEquals(2, retries.stream().filter(Optional::isPresent).findFirst().orElseThrow().get().attempt());
            }
        } finally {
            nodes.shutdownNow();
            ao.deleteWithSQL(GainReminderEntity.class, "GAIN_ID >= ? AND GAIN_ID < ?", gainBase, gainBase + 20);
            ao.deleteWithSQL(RevisionClaimEntity.class, "CLAIM_KEY LIKE ?", "gainReminder:%");
        }
    }

    @SafeVarargs
    private static <T> List<T> race(ExecutorService pool, Callable<T>... claimers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(claimers.length);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> claimer : claimers) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return claimer.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(30, TimeUnit.SECONDS));
        }
        return results;
    }
}
