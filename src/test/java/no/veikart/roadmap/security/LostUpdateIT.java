package no.veikart.roadmap.security;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.testsupport.ConflictRace;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Lost updates over REST against the sandbox: {@value ConflictRace#THREADS} clients edit the same stakeholder, gain,
 * initiative (phase moves), template, HUKI matrix and communication-plan entry at the same version, {@value ConflictRace#ROUNDS} rounds each. Exactly one
 * gets 200 per version, every other one 409 with the stale-version key, and the record keeps the winners' edits in
 * order. (Measurements and contact entries carry no version from the client; the database contract races them.)
 */
public class LostUpdateIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;
    private static RestClient admin;
    private static RestClient member;
    private static String initiative;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-lost-update-it"), false);
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        assertEquals(200, admin.post("/projects/DEMO/setup", "{}").status());
        initiative = created(member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Contended\"}")).get("key").asText();
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void stakeholderEdits() throws Exception {
        String path = "/initiatives/" + initiative + "/stakeholders";
        ObjectNode body = (ObjectNode) JSON.readTree("{\"name\":\"Ordfører\",\"group\":\"Politicians\",\"level\":\"POLITICAL\","
                + "\"effect\":\"Budget\",\"attitude\":-1,\"desiredAttitude\":2,\"influence\":5,\"interest\":3,\"involvement\":\"CONSULT\"}");
        long id = created(member.post(path, body.toString())).get("id").asLong();
        String one = path + "/" + id;

        ConflictRace.Result result = ConflictRace.run("stakeholder@REST", () -> ok(member.get(one)), s -> s.get("version").asLong(),
                (seen, mark) -> version(member.put(one, body.deepCopy()
                        .put("notes", ConflictRace.append(seen.path("notes").asText(""), mark))
                        .put("version", seen.get("version").asLong()).toString())));

        JsonNode stored = ok(member.get(one));
        result.assertNoneLost(stored.get("version").asLong(), ConflictRace.chain(stored.path("notes").asText("")));
    }

    @Test
    public void gainEdits() throws Exception {
        String path = "/initiatives/" + initiative + "/gains";
        ObjectNode body = (ObjectNode) JSON.readTree("{\"type\":\"TIME\",\"title\":\"Færre plejetimer\",\"unit\":\"HOURS\","
                + "\"baseline\":{\"value\":15000,\"date\":\"2021-01-01\"},\"target\":{\"value\":13650,\"date\":\"2021-12-31\"},"
                + "\"frequency\":\"MONTHLY\"}");
        long id = created(member.post(path, body.toString())).get("id").asLong();
        String one = path + "/" + id;

        ConflictRace.Result result = ConflictRace.run("gain@REST", () -> ok(member.get(one)), g -> g.get("version").asLong(),
                (seen, mark) -> version(member.put(one, body.deepCopy()
                        .put("method", ConflictRace.append(seen.path("method").asText(""), mark))
                        .put("version", seen.get("version").asLong()).toString())));

        JsonNode stored = ok(member.get(one));
        result.assertNoneLost(stored.get("version").asLong(), ConflictRace.chain(stored.path("method").asText("")));
    }

    @Test
    public void initiativePhaseMoves() throws Exception {
        String key = created(member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Moved back and forth\"}"))
                .get("key").asText();
        String one = "/initiatives/" + key;

        ConflictRace.Result result = ConflictRace.run("initiative@REST", () -> ok(member.get(one)), i -> i.get("version").asLong(),
                (seen, mark) -> {
                    String to = "ANCHORING".equals(seen.get("currentPhase").asText()) ? "INSIGHT" : "ANCHORING";
                    return version(member.post(one + "/phase", JSON.createObjectNode().put("to", to)
                            .put("overrideReason", "Steering group").put("reason", mark)
                            .put("version", seen.get("version").asLong()).toString()));
                });

        JsonNode stored = ok(member.get(one));
        List<String> reasons = new ArrayList<>();
        stored.get("history").forEach(m -> reasons.add(m.get("reason").asText()));
        result.assertNoneLost(stored.get("version").asLong(), reasons);
    }

    @Test
    public void templateEdits() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree("{\"name\":\"Fem faser\",\"phases\":[{\"key\":\"OWN_PHASE\",\"name\":\"Egen fase\","
                + "\"steps\":[{\"key\":\"OWN_STEP\",\"name\":\"-\",\"mandatory\":true}]}]}");
        long id = created(admin.post("/templates", body.toString())).get("id").asLong();
        String one = "/templates/" + id;

        // The marks go into the step name (255 characters; the template name allows 120).
        ConflictRace.Result result = ConflictRace.run("template@REST", () -> ok(admin.get(one)), t -> t.get("version").asLong(),
                (seen, mark) -> {
                    ObjectNode change = body.deepCopy().put("version", seen.get("version").asLong());
                    ((ObjectNode) change.get("phases").get(0).get("steps").get(0)).put("name", ConflictRace.append(stepName(seen), mark));
                    return version(admin.put(one, change.toString()));
                });

        JsonNode stored = ok(admin.get(one));
        result.assertNoneLost(stored.get("version").asLong(), ConflictRace.chain(stepName(stored)));
    }

    /** Many people editing one risk: each winner's contingency mark is kept, in order, and the version counts them. */
    @Test
    public void riskEdits() throws Exception {
        String base = "/initiatives/" + initiative + "/risks";
        long id = created(member.post(base, "{\"title\":\"Race\",\"category\":\"PEOPLE\",\"likelihood\":3,\"consequence\":3}"))
                .get("id").asLong();
        String one = base + "/" + id;
        ConflictRace.Result result = ConflictRace.run("risk@REST", 8, 15, () -> ok(member.get(one)), r -> r.get("version").asLong(),
                (seen, mark) -> {
                    ObjectNode body = JSON.createObjectNode().put("title", "Race").put("category", "PEOPLE").put("likelihood", 3)
                            .put("consequence", 3).put("version", seen.get("version").asLong())
                            .put("contingency", ConflictRace.append(seen.path("contingency").asText(""), mark));
                    return version(member.put(one, body.toString()));
                });
        JsonNode stored = ok(member.get(one));
        result.assertNoneLost(stored.get("version").asLong(), ConflictRace.chain(stored.path("contingency").asText("")));
    }

    /** One measure edited by many at once (PUT …/measures/{measureId}): the risk's version guards it; no winner is lost. */
    @Test
    public void riskMeasureEdits() throws Exception {
        String base = "/initiatives/" + initiative + "/risks";
        JsonNode risk = created(member.post(base, "{\"title\":\"Measure race\",\"category\":\"SUPPLIER\",\"likelihood\":4,"
                + "\"consequence\":4,\"measures\":[{\"text\":\"-\"}]}"));
        String one = base + "/" + risk.get("id").asLong();
        String measure = one + "/measures/" + risk.get("measures").get(0).get("id").asLong();
        ConflictRace.Result result = ConflictRace.run("riskMeasure@REST", 8, 15, () -> ok(member.get(one)), r -> r.get("version").asLong(),
                (seen, mark) -> version(member.put(measure, JSON.createObjectNode().put("status", "IN_PROGRESS")
                        .put("text", ConflictRace.append(seen.get("measures").get(0).get("text").asText(), mark))
                        .put("version", seen.get("version").asLong()).toString())));
        JsonNode stored = ok(member.get(one));
        // The text is required, so the chain starts at the "-" the measure was created with.
        List<String> marks = ConflictRace.chain(stored.get("measures").get(0).get("text").asText());
        assertEquals("-", marks.remove(0));
        result.assertNoneLost(stored.get("version").asLong(), marks);
    }

    /** The contingency plan (one text per initiative): each winner's line is kept, in order. */
    @Test
    public void contingencyPlanSaves() throws Exception {
        String key = created(member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Plan race\"}")).get("key").asText();
        String plan = "/initiatives/" + key + "/risks/contingency-plan";
        ConflictRace.Result result = ConflictRace.run("riskPlan@REST", 8, 15,
                () -> ok(member.get("/initiatives/" + key + "/risks")), r -> r.get("contingencyPlanVersion").asLong(),
                (seen, mark) -> version(member.put(plan, JSON.createObjectNode()
                        .put("text", ConflictRace.append(seen.path("contingencyPlan").asText(""), mark))
                        .put("version", seen.get("contingencyPlanVersion").asLong()).toString())));
        JsonNode stored = ok(member.get("/initiatives/" + key + "/risks"));
        result.assertNoneLost(stored.get("contingencyPlanVersion").asLong(), ConflictRace.chain(stored.path("contingencyPlan").asText("")));
    }

    /** The handover to operations, first save included: each winner's learning point is kept, in order. */
    @Test
    public void handoverSaves() throws Exception {
        String key = created(member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Handover race\"}")).get("key").asText();
        String path = "/initiatives/" + key + "/handover";
        ConflictRace.Result result = ConflictRace.run("handover@REST", 8, 15, () -> ok(member.get(path)), h -> h.get("version").asLong(),
                (seen, mark) -> version(member.put(path, JSON.createObjectNode().put("outcome", "PENDING")
                        .put("gainPlanReviewed", false).put("riskAnalysisReviewed", true)
                        .put("learningPoints", ConflictRace.append(seen.path("learningPoints").asText(""), mark))
                        .put("version", seen.get("version").asLong()).toString())));
        JsonNode stored = ok(member.get(path));
        result.assertNoneLost(stored.get("version").asLong(), ConflictRace.chain(stored.path("learningPoints").asText("")));
    }

    /** Two (here: many) people saving the same HUKI grid: each winner's new procedure is kept, in order. */
    @Test
    public void rolesMatrixSaves() throws Exception {
        String path = "/initiatives/" + initiative + "/roles";
        ConflictRace.Result result = ConflictRace.run("roles@REST", 8, 15, () -> ok(member.get(path)), m -> m.get("version").asLong(),
                (seen, mark) -> {
                    ObjectNode body = JSON.createObjectNode().put("version", seen.get("version").asLong());
                    com.fasterxml.jackson.databind.node.ArrayNode procedures = body.putArray("procedures");
                    seen.get("procedures").forEach(p -> procedures.addObject().put("id", p.get("id").asLong()).put("name", p.get("name").asText()));
                    procedures.addObject().put("id", -1).put("name", mark);
                    body.putArray("actors");
                    body.putArray("cells");
                    return version(member.put(path, body.toString()));
                });
        JsonNode stored = ok(member.get(path));
        java.util.List<String> names = new java.util.ArrayList<>();
        stored.get("procedures").forEach(p -> names.add(p.get("name").asText()));
        result.assertNoneLost(stored.get("version").asLong(), names);
    }

    /** Communication plan entries: the winners' edits of the message are kept, in order. */
    @Test
    public void communicationEdits() throws Exception {
        String path = "/initiatives/" + initiative + "/communications";
        ObjectNode body = (ObjectNode) JSON.readTree("{\"audienceLevel\":\"STAFF\",\"message\":\"-\",\"channel\":\"MEETING\","
                + "\"date\":\"2026-05-01\",\"status\":\"PLANNED\"}");
        long id = created(member.post(path, body.toString())).get("id").asLong();
        String one = path + "/" + id;

        ConflictRace.Result result = ConflictRace.run("communication@REST", () -> entry(path, id), c -> c.get("version").asLong(),
                (seen, mark) -> version(member.put(one, body.deepCopy()
                        .put("message", ConflictRace.append(message(seen), mark))
                        .put("version", seen.get("version").asLong()).toString())));

        JsonNode stored = entry(path, id);
        result.assertNoneLost(stored.get("version").asLong(), ConflictRace.chain(message(stored)));
    }

    /** Many clicks on "Log to contact log" at once: one contact is written, every other click gets a 409. */
    @Test
    public void communicationLoggedOnceUnderConcurrentClicks() throws Exception {
        String stakeholders = "/initiatives/" + initiative + "/stakeholders";
        long stakeholder = created(member.post(stakeholders, "{\"name\":\"Teamleder nord\",\"group\":\"Management\","
                + "\"level\":\"MIDDLE_MANAGEMENT\",\"attitude\":1,\"desiredAttitude\":2,\"influence\":3,\"interest\":4,"
                + "\"involvement\":\"INVOLVE\"}")).get("id").asLong();
        String path = "/initiatives/" + initiative + "/communications";
        long id = created(member.post(path, "{\"stakeholderId\":" + stakeholder + ",\"message\":\"Plan for opplæringen\","
                + "\"channel\":\"MEETING\",\"date\":\"2026-01-15\",\"status\":\"DONE\"}")).get("id").asLong();
        int clicks = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clicks);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return member.post(path + "/" + id + "/contact-log", "{\"version\":0}").status();
            }));
        }
        go.countDown();
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (java.util.concurrent.Future<Integer> a : answers) {
            byStatus.merge(a.get(2, java.util.concurrent.TimeUnit.MINUTES), 1, Integer::sum);
        }
        pool.shutdown();
        System.out.println("lost-updates: record=communication-log@REST clicks=" + clicks + " answers=" + byStatus);
        assertEquals(Map.of(201, 1, 409, clicks - 1), byStatus);
        JsonNode log = ok(member.get(stakeholders + "/" + stakeholder + "/contacts"));
        assertEquals(log.toString(), 1, log.size());
        Reply again = member.post(path + "/" + id + "/contact-log", "{\"version\":1}");
        assertEquals(409, again.status());
        assertEquals("roadmap.communication.error.alreadyLogged", again.body().get("errors").get(0).get("key").asText());
    }

    /** Many clicks on the evaluation's "Add as gain" at once: one gain is made, every other click gets a 409. */
    @Test
    public void newGainAddedOnceUnderConcurrentClicks() throws Exception {
        String key = no.veikart.roadmap.pilot.rest.PilotRestIT.inServiceDevelopment(member, "Concurrent new gain");
        String evaluation = no.veikart.roadmap.pilot.rest.PilotRestIT.evaluation(0, "PROCEED").replace("\"reasons\"",
                "\"newGains\":\"Fewer night calls\",\"reasons\"");
        assertEquals(200, member.put("/initiatives/" + key + "/pilots/1/evaluation", evaluation).status());
        int before = ok(member.get("/initiatives/" + key + "/gains")).get("gains").size();
        int clicks = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clicks);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return member.post("/initiatives/" + key + "/pilots/1/gains", "{}").status();
            }));
        }
        go.countDown();
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (java.util.concurrent.Future<Integer> a : answers) {
            byStatus.merge(a.get(2, java.util.concurrent.TimeUnit.MINUTES), 1, Integer::sum);
        }
        pool.shutdown();
        System.out.println("lost-updates: record=pilot-new-gain@REST clicks=" + clicks + " answers=" + byStatus);
        assertEquals(Map.of(201, 1, 409, clicks - 1), byStatus);
        assertEquals(before + 1, ok(member.get("/initiatives/" + key + "/gains")).get("gains").size());
    }

    private static JsonNode entry(String path, long id) throws Exception {
        for (JsonNode c : ok(member.get(path)).get("communications")) {
            if (c.get("id").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("entry " + id + " missing");
    }

    private static String message(JsonNode entry) {
        String text = entry.get("message").asText();
        return "-".equals(text) ? "" : text;
    }

    /** Many people editing one unit of an implementation plan (its monitoring outcome): each winner's line is kept, in order. */
    @Test
    public void implementationUnitEdits() throws Exception {
        String plan = "/initiatives/" + initiative + "/implementation";
        ObjectNode body = (ObjectNode) JSON.readTree("{\"name\":\"Distrikt Nord\",\"staff\":30,\"shifts\":[\"DAY\",\"EVENING\"],"
                + "\"status\":\"LIVE\"}");
        JsonNode units = created(member.post(plan + "/units", body.toString())).get("units");
        long id = units.get(units.size() - 1).get("id").asLong();
        String one = plan + "/units/" + id;
        ConflictRace.Result result = ConflictRace.run("implementation unit@REST", () -> unitOf(ok(member.get(plan)), id),
                u -> u.get("version").asLong(),
                (seen, mark) -> {
                    Reply reply = member.put(one, body.deepCopy()
                            .put("monitoringOutcome", ConflictRace.append(seen.path("monitoringOutcome").asText(""), mark))
                            .put("version", seen.get("version").asLong()).toString());
                    if (reply.status() == 409 && "roadmap.error.staleVersion".equals(reply.body().path("errors").path(0).path("key").asText())) {
                        throw new ConflictRace.Refused(reply.body().toString());
                    }
                    return unitOf(ok(reply), id).get("version").asLong();
                });
        JsonNode stored = unitOf(ok(admin.get(plan)), id);
        result.assertNoneLost(stored.get("version").asLong(), ConflictRace.chain(stored.path("monitoringOutcome").asText("")));
    }

    private static JsonNode unitOf(JsonNode plan, long id) {
        for (JsonNode u : plan.get("units")) {
            if (u.get("id").asLong() == id) {
                return u;
            }
        }
        throw new AssertionError("unit " + id + " not in " + plan);
    }

    /** Many people saving the same pilot plan: each winner's line in the goals is kept, in order. */
    @Test
    public void pilotPlanSaves() throws Exception {
        String key = created(member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Pilot contended\"}")).get("key").asText();
        ok(member.post("/initiatives/" + key + "/phase", "{\"to\":\"SERVICE_DEVELOPMENT\",\"overrideReason\":\"race\"}"));
        String rounds = "/initiatives/" + key + "/pilots";
        ConflictRace.Result result = ConflictRace.run("pilot plan@REST", 8, 15, () -> ok(member.get(rounds)).get(0),
                r -> r.get("version").asLong(),
                (seen, mark) -> version(member.put(rounds + "/1/plan", JSON.createObjectNode()
                        .put("goals", ConflictRace.append(seen.get("plan").get("goals").asText(""), mark))
                        .put("version", seen.get("version").asLong()).toString())));
        JsonNode stored = ok(member.get(rounds)).get(0);
        result.assertNoneLost(stored.get("version").asLong(), ConflictRace.chain(stored.get("plan").get("goals").asText("")));
    }

    /** Several people saving the same draft status report: each winner's line of the comment is kept, in order. */
    @Test
    public void statusReportDraftSaves() throws Exception {
        String base = "/initiatives/" + initiative + "/status-reports";
        long id = created(member.post(base, "{\"period\":\"2026-03\",\"comment\":\"-\"}")).get("id").asLong();
        String one = base + "/" + id;
        ConflictRace.Result result = ConflictRace.run("status report@REST", 8, 15, () -> draft(ok(member.get(base)), id),
                r -> r.get("version").asLong(), (seen, mark) -> {
                    String comment = seen.get("comment").asText();
                    ObjectNode body = JSON.createObjectNode().put("period", "2026-03").put("version", seen.get("version").asLong())
                            .put("comment", "-".equals(comment) ? mark : comment + "\n" + mark);
                    return version(member.put(one, body.toString()));
                });
        String stored = draft(ok(member.get(base)), id).get("comment").asText();
        result.assertNoneLost(draft(ok(member.get(base)), id).get("version").asLong(), java.util.List.of(stored.split("\n")));
    }

    private static JsonNode draft(JsonNode list, long id) {
        for (JsonNode r : list.get("reports")) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("no report " + id + " in " + list);
    }

    private static String stepName(JsonNode template) {
        String name = template.get("phases").get(0).get("steps").get(0).get("name").asText();
        return "-".equals(name) ? "" : name;
    }

    private static JsonNode created(Reply reply) {
        assertEquals(reply.body().toString(), 201, reply.status());
        return reply.body();
    }

    private static JsonNode ok(Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError(reply.status() + " " + reply.body());
        }
        return reply.body();
    }

    /** The new version of a 200, {@link ConflictRace.Refused} for a stale-version 409, a failure for anything else. */
    private static long version(Reply reply) {
        if (reply.status() == 409 && "roadmap.error.staleVersion".equals(reply.body().path("errors").path(0).path("key").asText())) {
            throw new ConflictRace.Refused(reply.body().toString());
        }
        return ok(reply).get("version").asLong();
    }
}
