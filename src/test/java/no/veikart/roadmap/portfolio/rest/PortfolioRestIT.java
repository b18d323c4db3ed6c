package no.veikart.roadmap.portfolio.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.jira.SandboxFilters;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * {@code GET /portfolio} of api.md against the sandbox's demo data. Exact figures are asserted on the two worked cases,
 * chosen by a saved filter: the Kerteminde initiative in DEMO (New practices, DKK 1 050 000 realised) and the
 * night-supervision initiative in HELSE (Insight, no stakeholders yet); whole projects hold the rest of the demo
 * portfolio, whose counts are compared between users.
 */
public class PortfolioRestIT {
    private static Sandbox sandbox;
    private static RestClient admin;
    private static RestClient member;
    private static RestClient viewer;
    private static RestClient outsider;
    private static RestClient anonymous;
    /** A shared filter: {@code issuekey in (DEMO-1, HELSE-1)}. */
    private static long cases;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-portfolio-it"));
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        viewer = new RestClient(sandbox.baseUrl(), "viewer", "viewer");
        outsider = new RestClient(sandbox.baseUrl(), "outsider", "outsider");
        anonymous = new RestClient(sandbox.baseUrl(), null, null);
        cases = sandbox.component(SandboxFilters.class).create("admin", "Kerteminde og nattilsyn", null,
                "issuekey in (DEMO-1, HELSE-1)", true).id();
    }

    private static int initiativesOf(RestClient client, String query) throws Exception {
        return ok(client.get("/portfolio?" + query)).get("initiatives").asInt();
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

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode level(JsonNode portfolio, String level) {
        for (JsonNode l : portfolio.get("anchoring").get("levels")) {
            if (l.get("level").asText().equals(level)) {
                return l;
            }
        }
        throw new AssertionError("no level " + level);
    }

    @Test
    public void theDemoPortfolioAtAGlance() throws Exception {
        JsonNode p = ok(admin.get("/portfolio?filterId=" + cases + "&currency=DKK"));

        assertEquals(List.of("DEMO", "HELSE"), texts(p.get("projects")));
        assertEquals(2, p.get("initiatives").asInt());
        assertEquals(1, p.get("byPhase").get("NEW_PRACTICES").asInt());
        assertEquals(1, p.get("byPhase").get("INSIGHT").asInt());
        assertEquals(0, p.get("byPhase").get("PILOTING").asInt());
        JsonNode firstPhase = p.get("phases").get(0);
        assertEquals("ANCHORING", firstPhase.get("key").asText());
        assertEquals("Anchoring", firstPhase.get("name").asText());
        assertEquals(List.of("DEMO-1"), texts(p.get("phases").get(5).get("issueKeys")));

        JsonNode gains = p.get("gains");
        assertEquals("DKK", gains.get("currency").asText());
        assertEquals(0, new BigDecimal("1050000").compareTo(gains.get("realised").decimalValue()));
        assertEquals(0, new BigDecimal("1012500").compareTo(gains.get("planned").decimalValue()));
        assertEquals(0, new BigDecimal("1400").compareTo(gains.get("realisedHours").decimalValue()));
        JsonNode time = gains.get("byType").get("TIME");
        assertEquals(1, time.get("count").asInt());
        assertEquals(List.of("DEMO-1"), texts(time.get("issueKeys")));
        assertEquals(1, gains.get("byType").get("QUALITY").get("count").asInt());
        assertEquals(0, gains.get("byType").get("COST").get("count").asInt());

        JsonNode political = level(p, "POLITICAL");
        assertEquals(2, political.get("initiatives").asInt());
        assertEquals(1, political.get("anchored").asInt());
        assertEquals(1, political.get("missing").asInt());
        assertEquals(List.of("HELSE-1"), texts(political.get("issueKeys").get("missing")));
        JsonNode staff = level(p, "STAFF");
        assertEquals("staff are in dialogue in New practices, not anchored", 1, staff.get("inProgress").asInt());

        // Kerteminde is measured up to the last month's end (demo dates follow the day the demo is loaded).
        assertEquals(0, p.get("overdueCount").asInt());
        assertTrue(p.get("generatedMs").isNumber());
    }

    @Test
    public void countsOnlyWhatTheCallerMayBrowse() throws Exception {
        JsonNode asViewer = ok(viewer.get("/portfolio?projects=DEMO,HELSE&currency=DKK"));
        assertEquals(List.of("DEMO"), texts(asViewer.get("projects")));
        int demo = initiativesOf(admin, "projects=DEMO");
        assertTrue(demo > 1);
        assertEquals(demo, asViewer.get("initiatives").asInt());

        JsonNode asOutsider = ok(outsider.get("/portfolio?projects=DEMO,HELSE&currency=DKK"));
        assertEquals(0, asOutsider.get("initiatives").asInt());
        assertEquals(0, asOutsider.get("gains").get("count").asInt());
        assertEquals(0, asOutsider.get("overdueFollowUps").size());
        assertEquals(0, level(asOutsider, "POLITICAL").get("initiatives").asInt());

        JsonNode allOfOutsider = ok(outsider.get("/portfolio"));
        assertEquals("an outsider sees nothing of DEMO", 0, allOfOutsider.get("projects").size());

        assertEquals(401, anonymous.get("/portfolio?projects=DEMO").status());
    }

    @Test
    public void withoutProjectsAllBrowsableProjectsAndTheMostUsedCurrency() throws Exception {
        JsonNode p = ok(viewer.get("/portfolio"));
        assertEquals(List.of("DEMO"), texts(p.get("projects")));
        // DEMO's gains in money are mostly in NOK; Kerteminde's DKK is one initiative.
        assertEquals("NOK", p.get("currency").asText());
    }

    @Test
    public void badParametersAreNamedInTheUsersLanguage() throws Exception {
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("viewer"), "nb");
        try {
            Reply bad = viewer.get("/portfolio?projects=DEMO&currency=GBP");
            assertEquals(400, bad.status());
            JsonNode error = bad.body().get("errors").get(0);
            assertEquals("currency", error.get("field").asText());
            assertTrue(error.get("message").asText(), error.get("message").asText().contains("er ikke en støttet valuta"));

            Reply filter = viewer.get("/portfolio?filterId=424242");
            assertEquals("an unknown filter is refused, not silently ignored", 400, filter.status());
            JsonNode filterError = filter.body().get("errors").get(0);
            assertEquals("filterId", filterError.get("field").asText());
            assertTrue(filterError.get("message").asText(),
                    filterError.get("message").asText().contains("Lagret filter 424242 finnes ikke"));

            Reply both = viewer.get("/portfolio?projects=DEMO&filterId=10000");
            assertEquals(400, both.status());
            assertEquals("filterId", both.body().get("errors").get(0).get("field").asText());

            Reply badProject = viewer.get("/portfolio?projects=DE%20MO");
            assertEquals(400, badProject.status());
            assertEquals("projects", badProject.body().get("errors").get(0).get("field").asText());
        } finally {
            sandbox.component(UserProfiles.class).setLanguage(sandbox.user("viewer"), "en");
        }
    }

    @Test
    public void aSavedFilterCountsTheInitiativesItFindsForTheCaller() throws Exception {
        // Demo filters, shared with everyone: 10000 is "project = DEMO", 10001 "project = HELSE".
        JsonNode demo = ok(admin.get("/portfolio?filterId=10000&currency=DKK"));
        assertEquals(10000, demo.get("filter").get("id").asLong());
        assertEquals("Velferdsteknologi i Demo kommune", demo.get("filter").get("name").asText());
        assertEquals(List.of("DEMO"), texts(demo.get("projects")));
        assertEquals(initiativesOf(admin, "projects=DEMO"), demo.get("initiatives").asInt());
        assertTrue(texts(demo.get("phases").get(5).get("issueKeys")).contains("DEMO-1"));
        assertEquals(0, new BigDecimal("1050000").compareTo(demo.get("gains").get("realised").decimalValue()));

        JsonNode helse = ok(member.get("/portfolio?filterId=10001"));
        assertEquals(List.of("HELSE"), texts(helse.get("projects")));
        assertEquals(initiativesOf(admin, "projects=HELSE"), helse.get("initiatives").asInt());
        assertEquals(ok(admin.get("/portfolio?projects=HELSE")).get("byPhase"), helse.get("byPhase"));

        JsonNode helseOfViewer = ok(viewer.get("/portfolio?filterId=10001"));
        assertEquals("the viewer may not browse HELSE: the filter finds nothing for them", 0,
                helseOfViewer.get("initiatives").asInt());
        JsonNode demoOfOutsider = ok(outsider.get("/portfolio?filterId=10000"));
        assertEquals("an outsider sees nothing of DEMO through a shared filter", 0,
                demoOfOutsider.get("initiatives").asInt());
        assertEquals(0, demoOfOutsider.get("gains").get("count").asInt());
        assertEquals(0, demoOfOutsider.get("overdueFollowUps").size());
        assertEquals(401, anonymous.get("/portfolio?filterId=10000").status());
    }

    @Test
    public void aPrivateFilterIsOnlyItsOwners() throws Exception {
        long id = sandbox.component(SandboxFilters.class)
                .create("member", "Mine", null, "project = HELSE", false).id();
        assertEquals(initiativesOf(admin, "projects=HELSE"), initiativesOf(member, "filterId=" + id));
        Reply ofAdmin = admin.get("/portfolio?filterId=" + id);
        assertEquals(400, ofAdmin.status());
        assertEquals("filterId", ofAdmin.body().get("errors").get(0).get("field").asText());
    }

    @Test
    public void aChangeShowsAtOnceThoughPortfoliosAreCached() throws Exception {
        String path = "/portfolio?filterId=" + cases + "&currency=DKK";
        // EXTERNAL, which no other test reads, so the order of the tests does not matter
        assertEquals(1, level(ok(admin.get(path)), "EXTERNAL").get("missing").asInt());
        assertEquals("cached", 1, level(ok(admin.get(path)), "EXTERNAL").get("missing").asInt());

        Reply added = admin.post("/initiatives/HELSE-1/stakeholders", "{\"name\":\"Leverandør av sensorer\","
                + "\"group\":\"Suppliers\",\"level\":\"EXTERNAL\",\"attitude\":1,\"desiredAttitude\":2,"
                + "\"influence\":5,\"interest\":3,\"involvement\":\"CONSULT\"}");
        assertEquals(String.valueOf(added.body()), 201, added.status());

        JsonNode after = ok(admin.get(path));
        assertEquals(0, level(after, "EXTERNAL").get("missing").asInt());
        assertEquals(1, level(after, "EXTERNAL").get("inProgress").asInt());
    }
}
