package no.veikart.roadmap.testsupport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * Concurrent conflicting edits of one record, in rounds: every writer reads the record, all wait until everyone has
 * read (so all hold the same version), then all write at once. Each write carries a mark (writer and round) that the
 * record keeps, so the stored record shows which writes took effect and in which order. Optimistic locking is right
 * when exactly one write wins per round, the rest are refused as stale, and the stored marks are the winners' marks
 * in round order: no acknowledged write lost, no refused write stored.
 */
public final class ConflictRace {
    public static final int THREADS = 20;
    public static final int ROUNDS = 50;
    private static final String STALE = "roadmap.error.staleVersion";

    private ConflictRace() {
    }

    /** One write of {@code seen} carrying {@code mark}; returns the stored version, or throws {@link Refused} / a stale conflict. */
    @FunctionalInterface
    public interface Edit<S> {
        long apply(S seen, String mark) throws Exception;
    }

    /** A write the server refused as stale (e.g. HTTP 409 with the stale-version key). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private record Win(int round, String mark, long version) {
    }

    public static <S> Result run(String record, Callable<S> read, ToLongFunction<S> version, Edit<S> edit) throws Exception {
        return run(record, THREADS, ROUNDS, read, version, edit);
    }

    public static <S> Result run(String record, int threads, int rounds, Callable<S> read, ToLongFunction<S> version,
            Edit<S> edit) throws Exception {
        long start = version.applyAsLong(read.call());
        CyclicBarrier barrier = new CyclicBarrier(threads);
        List<Win> wins = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        String mark = mark(writer, round);
                        barrier.await(120, TimeUnit.SECONDS);
                        S seen = null;
                        try {
                            seen = read.call();
                        } catch (Exception | AssertionError e) {
                            errors.add("read " + mark + ": " + e);
                        }
                        barrier.await(120, TimeUnit.SECONDS);
                        if (seen == null) {
                            continue;
                        }
                        try {
                            wins.add(new Win(round, mark, edit.apply(seen, mark)));
                        } catch (Refused e) {
                            conflicts.incrementAndGet();
                        } catch (RoadmapException.Conflict e) {
                            if (STALE.equals(e.getMessage())) {
                                conflicts.incrementAndGet();
                            } else {
                                errors.add(mark + ": " + e.getMessage());
                            }
                        } catch (Exception | AssertionError e) {
                            Throwable root = e;
                            while (root.getCause() != null) {
                                root = root.getCause();
                            }
                            errors.add(mark + ": " + e + (root == e ? "" : " caused by " + root));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : writers) {
                w.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Win> ordered = new ArrayList<>(wins);
        ordered.sort((a, b) -> Integer.compare(a.round(), b.round()));
        return new Result(record, threads * rounds, rounds, start, ordered, conflicts.get(), List.copyOf(errors));
    }

    /** The outcome; {@link #assertNoneLost} compares it with what was stored. */
    public static final class Result {
        private final String record;
        private final int edits;
        private final int rounds;
        private final long startVersion;
        private final List<Win> wins;
        private final int conflicts;
        private final List<String> errors;

        Result(String record, int edits, int rounds, long startVersion, List<Win> wins, int conflicts, List<String> errors) {
            this.record = record;
            this.edits = edits;
            this.rounds = rounds;
            this.startVersion = startVersion;
            this.wins = wins;
            this.conflicts = conflicts;
            this.errors = errors;
        }

        public int winners() {
            return wins.size();
        }

        public int conflicts() {
            return conflicts;
        }

        /**
         * Checks the stored record against the winners: its version went up once per winner, and {@code storedMarks}
         * (the marks the record keeps, oldest first) are exactly the winners' marks in round order. Prints the tally.
         */
        public void assertNoneLost(long storedVersion, List<String> storedMarks) {
            List<String> winnerMarks = wins.stream().map(Win::mark).toList();
            Set<String> stored = Set.copyOf(storedMarks);
            Set<String> won = Set.copyOf(winnerMarks);
            long lost = winnerMarks.stream().filter(m -> !stored.contains(m)).count();
            long phantom = storedMarks.stream().filter(m -> !won.contains(m)).count();
            report(lost, phantom);
            assertTrue(record + ": unexpected failures " + errors.stream().limit(10).toList(), errors.isEmpty());
            assertEquals(record + ": acknowledged writes missing from the stored record", 0, lost);
            assertEquals(record + ": refused writes found in the stored record", 0, phantom);
            assertEquals(record + ": stored marks in the winners' order", winnerMarks, storedMarks);
            assertRounds(storedVersion);
        }

        /** As {@link #assertNoneLost(long, List)} for a record that keeps only a count of the writes applied to it. */
        public void assertNoneLost(long storedVersion, int storedCount) {
            long lost = Math.max(0, wins.size() - storedCount);
            long phantom = Math.max(0, storedCount - wins.size());
            report(lost, phantom);
            assertTrue(record + ": unexpected failures " + errors.stream().limit(10).toList(), errors.isEmpty());
            assertEquals(record + ": writes applied vs acknowledged", wins.size(), storedCount);
            assertRounds(storedVersion);
        }

        private void assertRounds(long storedVersion) {
            String perRound = Arrays.toString(wins.stream().mapToInt(Win::round).toArray());
            assertEquals(record + ": exactly one winner per round, winners in rounds " + perRound, rounds, wins.size());
            for (int i = 0; i < wins.size(); i++) {
                assertEquals(record + ": winner " + i + " round", i, wins.get(i).round());
                assertEquals(record + ": version written by winner " + i, startVersion + i + 1, wins.get(i).version());
            }
            assertEquals(record + ": every refused write was a conflict", edits - rounds, conflicts);
            assertEquals(record + ": stored version", startVersion + rounds, storedVersion);
        }

        private void report(long lost, long phantom) {
            System.out.println("lost-updates: record=" + record + " edits=" + edits + " winners=" + wins.size()
                    + " conflicts=" + conflicts + " errors=" + errors.size() + " lost=" + lost + " phantom=" + phantom);
        }
    }

    /** One character for the writer (up to 36), then the round: 50 marks fit a 255-character column. */
    static String mark(int writer, int round) {
        if (writer >= 36) {
            throw new IllegalArgumentException("at most 36 writers");
        }
        return Character.forDigit(writer, 36) + String.valueOf(round);
    }

    /** {@code chain} with {@code mark} appended. */
    public static String append(String chain, String mark) {
        return chain == null || chain.isEmpty() ? mark : chain + "." + mark;
    }

    /** The marks of a chain written by {@link #append}, oldest first. */
    public static List<String> chain(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split("\\.")).collect(Collectors.toList());
    }
}
