package no.veikart.roadmap.bench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.GainDraft;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.MeasurementDraft;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.ProjectSetupService;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.stakeholder.domain.StakeholderDraft;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;

/**
 * Server time of the issue view for a big initiative (200 stakeholders, 500 measurements in 5 gains): the whole
 * {@code /browse/KEY} page of the sandbox with its three panels, rendered by the real context providers and Velocity
 * templates on the sandbox's H2 file database, over loopback. Measured once per JVM, shared by both database lines.
 */
final class IssueViewTiming {
    private static final String[] LEVELS = PortfolioBenchmarkContract.LEVELS;
    private static Result measured;

    /** Requests before the steady-state runs ({@code -Droadmap.panel.warmup}). */
    private static final int STEADY_WARMUP = Integer.getInteger("roadmap.panel.warmup", 300);

    /** @param coldP50Ms p50 of the runs right after the first 10 requests, as measured until 2026-12-07 */
    record Result(double p50Ms, double p95Ms, double coldP50Ms, int bytes) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "issue-view(p50=%.1fms,p95=%.1fms,cold_p50=%.1fms,bytes=%d,"
                    + "db=h2)", p50Ms, p95Ms, coldP50Ms, bytes);
        }
    }

    private IssueViewTiming() {
    }

    static synchronized Result measure() throws Exception {
        if (measured == null) {
            measured = run();
        }
        return measured;
    }

    private static Result run() throws Exception {
        Sandbox sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-panel-bench"), false);
        try {
            sandbox.asUser("admin", () -> sandbox.component(ProjectSetupService.class)
                    .setUp(actor(sandbox), "DEMO"));
            String key = sandbox.asUser("member", () -> sandbox.component(InitiativeService.class)
                    .create(actor(sandbox), "DEMO", "Stor satsing: velferdsteknologi i alle bydeler", null)
                    .issue().key());
            sandbox.asUser("member", () -> {
                StakeholderService stakeholders = sandbox.component(StakeholderService.class);
                for (int i = 0; i < 200; i++) {
                    stakeholders.create(actor(sandbox), key, new StakeholderDraft("Interessent " + i, "Gruppe " + (i % 12),
                            LEVELS[i % LEVELS.length], "Effekt", (i % 5) - 2, 2, 1 + i % 5, 1 + (i * 3) % 5, "INVOLVE",
                            null, "2026-10-01", "2026-12-01", null, Map.of("ANCHORING", "ANCHORED"), null));
                }
                GainService gains = sandbox.component(GainService.class);
                for (int g = 0; g < 5; g++) {
                    TrackedGain gain = gains.create(actor(sandbox), key, new GainDraft("TIME", "Gevinst " + g, "Timer",
                            "HOURS", null, new GainDraft.Point("15000", "2020-01-01"),
                            new GainDraft.Point("13000", "2029-12-31"), "member", null, "WEEKLY"));
                    for (int m = 0; m < 100; m++) {
                        gains.addMeasurement(actor(sandbox), key, gain.gain().id(), new MeasurementDraft(
                                String.valueOf(15000 - m * 10), LocalDate.of(2020, 1, 6).plusWeeks(m).toString(), null));
                    }
                }
                return null;
            });

            HttpClient http = HttpClient.newHttpClient();
            HttpRequest page = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/browse/" + key))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("member:member".getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
            int bytes = 0;
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> r = http.send(page, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertTrue("the panels rendered", r.body().contains("Interessent 199"));
                bytes = r.body().length();
                if (i == 0) {
                    // the page as measured, for reading what it repeats (target/ only)
                    Files.writeString(java.nio.file.Path.of("target", "issue-view.html"), r.body());
                }
            }
            int runs = PortfolioBenchmarkContract.RUNS;
            // First as measured until 2026-12-07: 30 runs after 10 requests, while the JIT is still compiling the
            // page's code; then again after enough requests for a steady state, which is what a server that has
            // been up for a while serves.
            double[] cold = time(http, page, runs);
            for (int i = 0; i < STEADY_WARMUP; i++) {
                http.send(page, HttpResponse.BodyHandlers.ofString());
            }
            double[] steady = time(http, page, runs);
            return new Result(steady[0], steady[1], cold[0], bytes);
        } finally {
            sandbox.stop();
        }
    }

    /** p50 and p95 in ms of {@code runs} timed requests. */
    private static double[] time(HttpClient http, HttpRequest page, int runs) throws Exception {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            http.send(page, HttpResponse.BodyHandlers.ofString());
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return new double[] {times[runs / 2] / 1e6, times[(int) Math.ceil(runs * 0.95) - 1] / 1e6};
    }

    private static Actor actor(Sandbox sandbox) {
        return sandbox.component(JiraUsers.class).currentActor();
    }
}
