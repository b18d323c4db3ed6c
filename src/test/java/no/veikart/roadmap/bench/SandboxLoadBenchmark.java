package no.veikart.roadmap.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.testsupport.LatestMeasurementColumns;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Load on loopback ({@code mvn -Pbench}): {@value #DEFAULT_CLIENTS} concurrent clients against an in-process sandbox
 * with the demo data, for {@code -Droadmap.load.seconds} (default {@value #DEFAULT_SECONDS}; a few seconds make a
 * smoke run). Two requests in three read (the issue view page, initiative, stakeholder and gain REST reads, both CSV
 * exports); one in three writes, each client walking its own stakeholder and gain through a cycle with the versions
 * it was given: create, update, a deliberately stale update, a measurement, delete.
 *
 * <p>A request succeeds when it gets the status the contract promises for it, so the 409 of the stale update is a
 * success; 5xx, timeouts, connection errors and any other status are failures. Prints one line,
 * {@code load-test: clients=… seconds=… requests=… success_pct=… p50_ms=… p95_ms=… p99_ms=… errors=…}, and fails
 * below 99.9 % success. Latencies include the client side of loopback HTTP on a shared machine: read them as a
 * trend, not a promise.
 */
public class SandboxLoadBenchmark {

    static final int DEFAULT_CLIENTS = 200;
    static final int DEFAULT_SECONDS = 60;
    private static final double REQUIRED_SUCCESS_PCT = 99.9;
    /** Writers share these initiatives (clients per initiative = clients / this), like a team in one project. */
    private static final int INITIATIVES = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String STAKEHOLDER = "{\"name\":\"Avdelingsleder %d\",\"group\":\"Hjemmetjenesten\","
            + "\"level\":\"MIDDLE_MANAGEMENT\",\"effect\":\"Nye rutiner\",\"attitude\":%d,\"desiredAttitude\":2,"
            + "\"influence\":3,\"interest\":4,\"involvement\":\"INVOLVE\",\"lastContact\":\"2026-01-10\"%s}";
    private static final String GAIN = "{\"type\":\"TIME\",\"title\":\"Færre plejetimer %d\","
            + "\"indicator\":\"Plejetimer pr. år\",\"unit\":\"HOURS\","
            + "\"baseline\":{\"value\":15000,\"date\":\"2021-01-01\"},\"target\":{\"value\":13650,\"date\":\"2021-12-31\"},"
            + "\"owner\":\"member\",\"method\":\"Omsorgssystemet\",\"frequency\":\"MONTHLY\"%s}";

    private static Sandbox sandbox;
    private static HttpClient http;
    private static String member;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-load"), true);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        member = "Basic " + Base64.getEncoder().encodeToString("member:member".getBytes(StandardCharsets.UTF_8));
    }

    @AfterClass
    public static void stop() throws IOException {
        if (sandbox != null) {
            sandbox.stop();
            try (Stream<Path> files = Files.walk(sandbox.home())) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Test
    public void concurrentClientsReadAndWriteWithoutFailures() throws Exception {
        int clients = Integer.getInteger("roadmap.load.clients", DEFAULT_CLIENTS);
        int seconds = Integer.getInteger("roadmap.load.seconds", DEFAULT_SECONDS);
        List<String> initiatives = new ArrayList<>();
        for (int i = 0; i < INITIATIVES; i++) {
            Reply created = send("POST", "/rest/roadmap/1.0/initiatives",
                    "{\"projectKey\":\"DEMO\",\"summary\":\"Last " + i + "\"}");
            assertEquals(created.text, 201, created.status);
            initiatives.add(JSON.readTree(created.text).get("key").asText());
        }
        Stats warmUp = new Stats();
        new Client(0, initiatives.get(0), new SplittableRandom(1), warmUp, Long.MAX_VALUE).warmUp();
        assertEquals("every request kind answers as the contract says before the clock starts: " + warmUp.errorsByKind(),
                0, warmUp.failures.sum());

        Stats stats = new Stats();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i, initiatives.get(i % INITIATIVES), new SplittableRandom(42 + i), stats, deadline);
            Thread t = new Thread(() -> {
                try {
                    client.run();
                } finally {
                    done.countDown();
                }
            }, "load-client-" + i);
            threads.add(t);
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;

        long[] latencies = stats.latencies();
        long requests = latencies.length;
        long failures = stats.failures.sum();
        double successPct = requests == 0 ? 0 : 100.0 * (requests - failures) / requests;
        System.out.printf(Locale.ROOT, "load-test: clients=%d seconds=%d requests=%d success_pct=%.3f p50_ms=%d p95_ms=%d"
                        + " p99_ms=%d errors=%d%n", clients, seconds, requests, successPct, percentile(latencies, 50),
                percentile(latencies, 95), percentile(latencies, 99), failures);
        System.out.printf(Locale.ROOT, "load-test detail: %.1f s, %.0f requests/s, reads=%d writes=%d stale-version 409s=%d,"
                        + " max_ms=%d, errors by kind=%s, mean ms by kind=%s%n", elapsed, requests / elapsed, stats.reads.sum(),
                stats.writes.sum(), stats.staleConflicts.sum(), latencies.length == 0 ? 0 : latencies[latencies.length - 1],
                stats.errorsByKind(), stats.meanByKind());

        // Denormalised columns written in the measurements' transactions must agree with the measurements.
        LatestMeasurementColumns.Report columns = LatestMeasurementColumns.check(sandbox.component(ActiveObjects.class));
        System.out.printf(Locale.ROOT, "load-test consistency: gains=%d with_measurements=%d latest_column_mismatches=%d%n",
                columns.gains(), columns.measured(), columns.mismatches().size());

        assertTrue("requests ran: " + requests, requests >= clients);
        assertEquals(List.of(), columns.mismatches());
        assertTrue("writes ran", stats.writes.sum() > 0);
        assertTrue("success " + successPct + " % < " + REQUIRED_SUCCESS_PCT + " %; errors " + stats.errorsByKind(),
                successPct >= REQUIRED_SUCCESS_PCT);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int pct) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Counters shared by all clients; latencies are collected per client and merged at the end. */
    private static final class Stats {
        final LongAdder failures = new LongAdder();
        final LongAdder reads = new LongAdder();
        final LongAdder writes = new LongAdder();
        final LongAdder staleConflicts = new LongAdder();
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        final Map<String, LongAdder> millisByKind = new ConcurrentHashMap<>();
        final Map<String, LongAdder> countByKind = new ConcurrentHashMap<>();
        final List<long[]> perClient = new ArrayList<>();

        void took(String kind, long millis) {
            millisByKind.computeIfAbsent(kind, k -> new LongAdder()).add(millis);
            countByKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        /** Mean milliseconds per request kind, to see where the time goes. */
        Map<String, Long> meanByKind() {
            Map<String, Long> means = new TreeMap<>();
            countByKind.forEach((k, n) -> means.put(k, millisByKind.get(k).sum() / Math.max(1, n.sum())));
            return means;
        }

        void failed(String kind) {
            failures.increment();
            errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        Map<String, Long> errorsByKind() {
            Map<String, Long> sums = new TreeMap<>();
            errors.forEach((k, v) -> sums.put(k, v.sum()));
            return sums;
        }

        synchronized void add(long[] latencies, int count) {
            perClient.add(Arrays.copyOf(latencies, count));
        }

        synchronized long[] latencies() {
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(all);
            return all;
        }
    }

    private record Reply(int status, String text) {
    }

    private static Reply send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).timeout(TIMEOUT)
                .header("Authorization", member);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (!method.equals("GET")) {
            b.header("X-Atlassian-Token", "no-check");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body());
    }

    /** One simulated user: reads two requests in three, otherwise takes the next step of its write cycle. */
    private static final class Client {
        private static final int STEPS = 8;
        private final int number;
        private final String initiative;
        private final SplittableRandom random;
        private final Stats stats;
        private final long deadline;
        private long[] latencies = new long[1024];
        private int count;
        private int step;
        private long stakeholderId;
        private long stakeholderVersion;
        private long gainId;
        private long gainVersion;

        Client(int number, String initiative, SplittableRandom random, Stats stats, long deadline) {
            this.number = number;
            this.initiative = "/rest/roadmap/1.0/initiatives/" + initiative;
            this.random = random;
            this.stats = stats;
            this.deadline = deadline;
        }

        void run() {
            while (System.nanoTime() < deadline) {
                if (random.nextInt(3) == 0) {
                    write();
                } else {
                    read(random.nextInt(READS.length));
                }
            }
            stats.add(latencies, count);
        }

        /** Every read once and a whole write cycle, single-threaded: a broken request fails before the run. */
        void warmUp() {
            for (int i = 0; i < READS.length; i++) {
                read(i);
            }
            for (int i = 0; i < STEPS; i++) {
                write();
            }
        }

        private static final String[] READS = {"page", "initiative", "stakeholders", "gains", "gains.csv",
                "stakeholders.csv", "demo-stakeholders", "demo-gains"};

        private void read(int which) {
            stats.reads.increment();
            switch (READS[which]) {
                case "page" -> call("GET page", "GET", "/browse/DEMO-1", null, 200);
                case "initiative" -> call("GET initiative", "GET", initiative, null, 200);
                case "stakeholders" -> call("GET stakeholders", "GET", initiative + "/stakeholders", null, 200);
                case "gains" -> call("GET gains", "GET", initiative + "/gains", null, 200);
                case "gains.csv" -> call("GET gains.csv", "GET", "/rest/roadmap/1.0/export/gains.csv?projects=DEMO", null, 200);
                case "stakeholders.csv" -> call("GET stakeholders.csv", "GET",
                        "/rest/roadmap/1.0/export/stakeholders.csv?projects=DEMO,HELSE", null, 200);
                case "demo-stakeholders" -> call("GET stakeholders", "GET", "/rest/roadmap/1.0/initiatives/DEMO-1/stakeholders", null, 200);
                default -> call("GET gains", "GET", "/rest/roadmap/1.0/initiatives/DEMO-1/gains", null, 200);
            }
        }

        private void write() {
            stats.writes.increment();
            String stakeholders = initiative + "/stakeholders";
            String gains = initiative + "/gains";
            JsonNode body;
            switch (step) {
                case 0 -> {
                    body = call("POST stakeholder", "POST", stakeholders, String.format(Locale.ROOT, STAKEHOLDER, number, -1, ""), 201);
                    if (body != null) {
                        stakeholderId = body.get("id").asLong();
                        stakeholderVersion = body.get("version").asLong();
                    }
                }
                case 1 -> {
                    body = call("PUT stakeholder", "PUT", stakeholders + "/" + stakeholderId, String.format(Locale.ROOT,
                            STAKEHOLDER, number, 1, ",\"version\":" + stakeholderVersion), 200);
                    if (body != null) {
                        stakeholderVersion = body.get("version").asLong();
                    }
                }
                case 2 -> {
                    // The version this client held before its own update: stale on purpose, 409 is the right answer.
                    body = call("PUT stakeholder stale", "PUT", stakeholders + "/" + stakeholderId, String.format(Locale.ROOT,
                            STAKEHOLDER, number, 0, ",\"version\":" + (stakeholderVersion - 1)), 409);
                    if (body != null) {
                        stats.staleConflicts.increment();
                    }
                }
                case 3 -> {
                    body = call("POST gain", "POST", gains, String.format(Locale.ROOT, GAIN, number, ""), 201);
                    if (body != null) {
                        gainId = body.get("id").asLong();
                        gainVersion = body.get("version").asLong();
                    }
                }
                case 4 -> {
                    body = call("POST measurement", "POST", gains + "/" + gainId + "/measurements",
                            "{\"value\":" + (14000 + random.nextInt(1000)) + ",\"date\":\"2021-06-30\"}", 201);
                    if (body != null) {
                        gainVersion = body.get("gain").get("version").asLong();
                    }
                }
                case 5 -> {
                    body = call("PUT gain", "PUT", gains + "/" + gainId,
                            String.format(Locale.ROOT, GAIN, number, ",\"version\":" + gainVersion), 200);
                    if (body != null) {
                        gainVersion = body.get("version").asLong();
                    }
                }
                case 6 -> body = call("DELETE stakeholder", "DELETE", stakeholders + "/" + stakeholderId
                        + "?version=" + stakeholderVersion, null, 204);
                default -> body = call("DELETE gain", "DELETE", gains + "/" + gainId + "?version=" + gainVersion, null, 204);
            }
            // After a failure the cycle starts again with new records rather than build on a broken one.
            step = body == null ? 0 : (step + 1) % STEPS;
        }

        /** Sends, times and judges one request; returns the JSON body (or an empty object) when the status was the expected one. */
        private JsonNode call(String kind, String method, String path, String json, int expected) {
            long start = System.nanoTime();
            Reply reply = null;
            String failure = null;
            try {
                reply = send(method, path, json);
                if (reply.status != expected) {
                    failure = kind + " -> " + reply.status;
                }
            } catch (HttpTimeoutException e) {
                failure = kind + " -> timeout";
            } catch (IOException e) {
                failure = kind + " -> " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = kind + " -> interrupted";
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            record(millis);
            stats.took(kind, millis);
            if (failure != null) {
                stats.failed(failure);
                return null;
            }
            if (reply.text == null || reply.text.isBlank() || !reply.text.startsWith("{")) {
                return JSON.createObjectNode();
            }
            try {
                return JSON.readTree(reply.text);
            } catch (IOException e) {
                stats.failed(kind + " -> unreadable JSON");
                return null;
            }
        }

        private void record(long millis) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = millis;
        }
    }
}
