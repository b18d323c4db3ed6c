package no.veikart.roadmap.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.jira.JiraData;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxDashboards;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The demo portfolio a newcomer opens: at least 20 initiatives in three projects, every phase, one halted, gains and
 * stakeholders, follow-ups overdue by days (not years), the gadget already on the dashboards; the time it takes is
 * measured and printed ({@code demo-portfolio:} line).
 */
public class DemoPortfolioIT {
    private static Sandbox sandbox;
    private static RestClient admin;

    @BeforeClass
    public static void start() throws Exception {
        Path home = Files.createTempDirectory("roadmap-demo-portfolio-it");
        sandbox = Sandbox.start(0, home);
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    private static JsonNode ok(Reply reply) {
        assertEquals(String.valueOf(reply.body()), 200, reply.status());
        return reply.body();
    }

    @Test
    public void everyPhaseInThreeProjectsWithOneHalted() throws Exception {
        JsonNode p = ok(admin.get("/portfolio?currency=NOK"));
        List<String> projects = new ArrayList<>();
        p.get("projects").forEach(n -> projects.add(n.asText()));
        assertEquals(List.of("DEMO", "HELSE", "SKOLE"), projects);
        assertTrue("initiatives: " + p.get("initiatives"), p.get("initiatives").asInt() >= 20);
        for (String phase : List.of("ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING",
                "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES")) {
            assertTrue(phase + ": " + p.get("byPhase"), p.get("byPhase").get(phase).asInt() >= 2);
        }
        assertEquals(1, p.get("byStatus").get("HALTED").asInt());
        for (String project : projects) {
            assertTrue(project, ok(admin.get("/portfolio?projects=" + project)).get("initiatives").asInt() >= 6);
        }
    }

    @Test
    public void gainsAreMeasuredAndFollowUpsOverdueByDays() throws Exception {
        JsonNode p = ok(admin.get("/portfolio?currency=NOK"));
        JsonNode gains = p.get("gains");
        assertTrue(gains.toString(), gains.get("count").asInt() >= 20);
        for (String type : List.of("COST", "TIME", "QUALITY")) {
            assertTrue(type, gains.get("byType").get(type).get("count").asInt() >= 3);
        }
        assertTrue(gains.toString(), gains.get("realised").decimalValue().signum() > 0);
        assertTrue(p.get("overdueCount").asInt() >= 3);
        for (JsonNode overdue : p.get("overdueFollowUps")) {
            int days = overdue.get("daysOverdue").asInt();
            assertTrue(overdue.toString(), days > 0 && days < 120);
        }
        JsonNode stakeholders = ok(admin.get("/initiatives/SKOLE-1/stakeholders"));
        assertTrue(stakeholders.get("stakeholders").size() >= 6);
    }

    @Test
    public void kertemindeIsMeasuredUpToLastMonth() throws Exception {
        JsonNode gains = ok(admin.get("/initiatives/DEMO-1/gains")).get("gains");
        JsonNode hours = gains.get(0);
        JsonNode measurements = hours.get("measurements");
        assertEquals(12, measurements.size());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate latest = LocalDate.MIN;
        for (JsonNode m : measurements) {
            LocalDate date = LocalDate.parse(m.get("date").asText());
            latest = date.isAfter(latest) ? date : latest;
        }
        assertTrue("latest measurement " + latest, !latest.isAfter(today) && latest.isAfter(today.minusDays(40)));
    }

    @Test
    public void theGadgetIsOnEveryDemoDashboard() {
        SandboxDashboards dashboards = new SandboxDashboards(sandbox.component(JiraStore.class));
        List<JiraData.DashboardItemRow> ofAdmin = dashboards.itemsOf(sandbox.user("admin").getKey());
        assertEquals(4, ofAdmin.size());
        assertEquals(List.of("", "DEMO", "HELSE", "SKOLE"),
                ofAdmin.stream().map(i -> i.preferences().get("projects")).toList());
        for (String user : List.of("member", "viewer", "outsider", "leder")) {
            List<JiraData.DashboardItemRow> items = dashboards.itemsOf(sandbox.user(user).getKey());
            assertEquals(user, 1, items.size());
            Map<String, String> preferences = items.get(0).preferences();
            assertEquals("true", preferences.get("isConfigured"));
            assertTrue(items.get(0).moduleKey().endsWith(":portfolio-gadget"));
        }
    }

    @Test
    public void theDemoTimeIsMeasured() {
        long demo = sandbox.demoMillis();
        long start = sandbox.readyMillis();
        // Measured and logged, not bounded: on this shared build machine the same load takes 7 to 94 s (docs/demo.md);
        // JiraStoreBatchTest holds the one write of the Jira state that keeps it linear.
        System.out.println("demo-portfolio: demo_ms=" + demo + " start_ms=" + start);
        assertTrue("demo loaded in " + demo + " ms of a start of " + start + " ms", demo > 0 && demo < start);
        assertFalse(sandbox.velocityAllowlistRefusals().iterator().hasNext());
    }

    /**
     * The handover page of the demo's Kerteminde initiative (handed over, with its HUKI matrix) lays out the matrix:
     * the roadmap's phase 5 reviews "roles and responsibilities" at the handover (issue 16).
     */
    @Test
    public void theHandoverPageShowsTheResponsibilityMatrix() throws Exception {
        String key = "DEMO-1"; // Kerteminde, the first initiative the demo creates
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl()
                        + "/plugins/servlet/roadmap/handover?issueKey=" + key))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("admin:admin".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(page.body(), 200, page.statusCode());
        int roles = page.body().indexOf("id=\"roadmap-handover-roles\"");
        assertTrue("the matrix section", roles > 0);
        for (String procedure : List.of("Visitation", "Træningsplan", "Ugentlig træning")) {
            assertTrue(procedure, page.body().indexOf(procedure, roles) > 0);
        }
    }
}
