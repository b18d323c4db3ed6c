package no.veikart.roadmap.portfolio.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code POST /portfolio/rebuild} against the sandbox: the demo data was written through the services, whose
 * repositories keep the summary rows in step, so a rebuild finds nothing to repair; and a member's change shows in
 * the portfolio at once, without a rebuild.
 */
public class PortfolioRebuildIT {
    private static Sandbox sandbox;
    private static RestClient admin;
    private static RestClient member;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-rebuild-it"));
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void theRowsWrittenWithEveryChangeNeedNoRepair() throws Exception {
        Reply reply = admin.post("/portfolio/rebuild", "{}");
        assertEquals(String.valueOf(reply.body()), 200, reply.status());
        JsonNode report = reply.body();
        assertEquals(report.toString(), 0, report.get("differentCount").asInt());
        assertEquals(report.get("checked").asInt(), admin.get("/portfolio").body()
                .get("initiatives").asInt());
        assertEquals(403, member.post("/portfolio/rebuild", "{}").status());
    }

    @Test
    public void aNewInitiativeCountsAtOnce() throws Exception {
        int before = admin.get("/portfolio?projects=DEMO").body().get("initiatives").asInt();
        JsonNode template = admin.get("/templates").body().get(0);
        Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Read model\",\"templateId\":"
                + template.get("id").asLong() + "}");
        assertEquals(String.valueOf(created.body()), 201, created.status());
        assertEquals(before + 1, admin.get("/portfolio?projects=DEMO").body().get("initiatives").asInt());
    }
}
