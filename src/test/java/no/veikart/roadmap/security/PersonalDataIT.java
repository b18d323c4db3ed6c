package no.veikart.roadmap.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.ao.EntityManagerActiveObjects;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * GDPR over REST against the sandbox: a stakeholder's personal data is exported (editors only) and erased on request
 * (editors only, XSRF-protected), the erased texts are gone from the database and the CSV export while the coverage
 * figures stay; and the audit lines the sandbox writes through SLF4J (captured from slf4j-simple's System.err) name who
 * and what for every override, deletion, refusal, export and erasure, with no personal data in them.
 */
public class PersonalDataIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Texts only a person would type about a person: none may reach an audit line; after erasure, none may be stored. */
    private static final List<String> PERSONAL = List.of("Kari Nordmann-Testesen", "mister avlastningen", "Bor ved siden av",
            "Avtalte hjemmebesøk", "Styringsgruppen godkjente");
    private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
    private static PrintStream originalErr;
    private static Sandbox sandbox;
    private static RestClient member;
    private static RestClient viewer;
    private static RestClient outsider;
    private static String initiative;

    @BeforeClass
    public static void start() throws Exception {
        originalErr = System.err;
        // slf4j-simple writes to whatever System.err is at the time of each line: tee it to read the audit lines.
        System.setErr(new PrintStream(new Tee(originalErr, ERR), true, StandardCharsets.UTF_8));
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-personal-data-it"), false);
        RestClient admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        viewer = new RestClient(sandbox.baseUrl(), "viewer", "viewer");
        outsider = new RestClient(sandbox.baseUrl(), "outsider", "outsider");
        assertEquals(200, admin.post("/projects/DEMO/setup", "{}").status());
        initiative = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Hjemmebesøk\"}").body().get("key").asText();
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
        System.setErr(originalErr);
        List<String> audit = auditLines();
        long personal = audit.stream().filter(l -> PERSONAL.stream().anyMatch(l::contains)
                || secretWords().stream().anyMatch(l::contains)).count();
        System.out.println("audit: lines=" + audit.size() + " personalData=" + personal + " actions=" + audit.stream()
                .map(l -> l.substring(l.indexOf("action=") + 7).split(" ")[0]).distinct().sorted().toList());
    }

    private static String stakeholders() {
        return "/initiatives/" + initiative + "/stakeholders";
    }

    @Test
    public void personalDataIsExportedAndErasedOnRequestWithoutLeavingItInTheLogs() throws Exception {
        long id = member.post(stakeholders(), "{\"name\":\"Kari Nordmann-Testesen\",\"group\":\"Pårørende\",\"level\":\"USERS_AND_RELATIVES\","
                + "\"effect\":\"Hun mister avlastningen\",\"attitude\":-2,\"desiredAttitude\":1,\"influence\":4,\"interest\":5,"
                + "\"involvement\":\"INVOLVE\",\"notes\":\"Bor ved siden av\",\"statusByPhase\":{\"ANCHORING\":\"IN_DIALOGUE\"}}")
                .body().get("id").asLong();
        String one = stakeholders() + "/" + id;
        assertEquals(201, member.post(one + "/contacts", "{\"date\":\"2026-01-15\",\"agreed\":\"Avtalte hjemmebesøk i februar\"}").status());
        JsonNode coverageBefore = member.get(stakeholders()).body().get("coverage");

        // Access request: the editor gets everything, as a download; nobody else gets anything.
        HttpResponse<String> export = get(one + "/personal-data", "member");
        assertEquals(export.body(), 200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonNode data = JSON.readTree(export.body());
        assertEquals(initiative, data.get("initiative").asText());
        assertEquals("Kari Nordmann-Testesen", data.get("stakeholder").get("name").asText());
        assertEquals("Hun mister avlastningen", data.get("stakeholder").get("effect").asText());
        assertEquals("Bor ved siden av", data.get("stakeholder").get("notes").asText());
        assertEquals("IN_DIALOGUE", data.get("anchoringStatuses").get(0).get("status").asText());
        assertEquals("Avtalte hjemmebesøk i februar", data.get("contactLog").get(0).get("agreed").asText());
        assertEquals(403, get(one + "/personal-data", "viewer").statusCode());
        assertEquals(404, get(one + "/personal-data", "outsider").statusCode());
        assertEquals(401, get(one + "/personal-data", null).statusCode());

        // Erasure: refused to readers, outsiders, cross-site forms and stale versions.
        long version = member.get(one).body().get("version").asLong();
        assertEquals(403, viewer.post(one + "/erase?version=" + version, "{}").status());
        assertEquals(404, outsider.post(one + "/erase?version=" + version, "{}").status());
        assertEquals(403, member.postRaw(one + "/erase?version=" + version, "", "text/plain", false).status());
        assertEquals(409, member.post(one + "/erase?version=" + (version - 1), "{}").status());

        Reply erased = member.post(one + "/erase?version=" + version, "{}");
        assertEquals(erased.body().toString(), 200, erased.status());
        assertEquals("Personal data erased", erased.body().get("name").asText());
        assertTrue(erased.body().get("erased").asBoolean());
        assertEquals(version + 1, erased.body().get("version").asLong());

        JsonNode after = member.get(one).body();
        assertTrue(after.get("effect").isNull());
        assertTrue(after.get("notes").isNull());
        assertEquals("USERS_AND_RELATIVES", after.get("level").asText());
        assertEquals(-2, after.get("attitude").asInt());
        assertEquals("[erased]", member.get(one + "/contacts").body().get(0).get("agreed").asText());
        assertEquals("what the coverage counts stays", withoutMessages(coverageBefore),
                withoutMessages(member.get(stakeholders()).body().get("coverage")));

        // Gone from the database (every text column of both tables) and from the CSV export.
        List<String> stored = new ArrayList<>(textColumns("AO_CEC056_STAKEHOLDER"));
        stored.addAll(textColumns("AO_CEC056_CONTACT_LOG"));
        for (String secret : PERSONAL.subList(0, 4)) {
            assertTrue(secret + " still stored", stored.stream().noneMatch(v -> v.contains(secret)));
        }
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/stakeholders.csv?projects=DEMO"))
                .header("Authorization", basic("member")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Personal data erased"));
        for (String secret : PERSONAL) {
            assertFalse(secret + " in the CSV export", csv.body().contains(secret));
        }

        List<String> audit = auditLines();
        assertTrue(audit.toString(), audit.stream().anyMatch(l -> l.contains("action=stakeholder.personalData.export user=member")
                && l.contains("entity=stakeholder id=" + id + " issue=" + initiative)));
        assertTrue(audit.toString(), audit.stream().anyMatch(l -> l.contains("action=stakeholder.erase user=member")
                && l.contains("id=" + id)));
        assertTrue(audit.toString(), audit.stream().anyMatch(l -> l.contains("action=permission.refused user=viewer")
                && l.contains("permission=EDIT_ISSUES target=" + initiative)));
        assertTrue(audit.toString(), audit.stream().anyMatch(l -> l.contains("action=permission.refused user=outsider")
                && l.contains("permission=BROWSE_PROJECTS target=" + initiative)));
        assertNoPersonalData(audit);
    }

    @Test
    public void overridesAndDeletionsAreAuditedWithoutPersonalData() throws Exception {
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Overstyrt\"}").body().get("key").asText();
        long version = member.get("/initiatives/" + key).body().get("version").asLong();
        assertEquals(200, member.post("/initiatives/" + key + "/phase", "{\"to\":\"INSIGHT\",\"overrideReason\":"
                + "\"Styringsgruppen godkjente for Kari Nordmann-Testesen\",\"version\":" + version + "}").status());

        String gains = "/initiatives/" + key + "/gains";
        long gain = member.post(gains, "{\"type\":\"TIME\",\"title\":\"Færre timer\",\"unit\":\"HOURS\","
                + "\"baseline\":{\"value\":100,\"date\":\"2025-01-01\"},\"target\":{\"value\":80,\"date\":\"2025-12-31\"},"
                + "\"frequency\":\"MONTHLY\"}").body().get("id").asLong();
        long measurement = member.post(gains + "/" + gain + "/measurements", "{\"value\":95,\"date\":\"2025-02-01\","
                + "\"comment\":\"Kari Nordmann-Testesen var syk\"}").body().get("measurement").get("id").asLong();
        assertEquals(200, member.delete(gains + "/" + gain + "/measurements/" + measurement).status());
        assertEquals(204, member.delete(gains + "/" + gain).status());
        long stakeholder = member.post("/initiatives/" + key + "/stakeholders", "{\"name\":\"Kari Nordmann-Testesen\",\"group\":\"Staff\","
                + "\"level\":\"STAFF\",\"attitude\":0,\"desiredAttitude\":1,\"influence\":2,\"interest\":3,\"involvement\":\"INFORM\"}")
                .body().get("id").asLong();
        assertEquals(403, viewer.delete("/initiatives/" + key + "/stakeholders/" + stakeholder).status());
        assertEquals(204, member.delete("/initiatives/" + key + "/stakeholders/" + stakeholder).status());

        List<String> audit = auditLines();
        for (String expected : List.of("action=gate.override user=member entity=initiative",
                "action=measurement.delete user=member entity=measurement id=" + measurement + " issue=" + key + " gain=" + gain,
                "action=gain.delete user=member entity=gain id=" + gain + " issue=" + key,
                "action=stakeholder.delete user=member entity=stakeholder id=" + stakeholder + " issue=" + key,
                "action=permission.refused user=viewer permission=EDIT_ISSUES target=" + key)) {
            assertTrue(expected + " in " + audit, audit.stream().anyMatch(l -> l.contains(expected)));
        }
        assertTrue(audit.stream().anyMatch(l -> l.contains("action=gate.override") && l.contains("issue=" + key)
                && l.contains("from=ANCHORING to=INSIGHT openSteps=3")));
        assertNoPersonalData(audit);
    }

    /** The coverage without the warnings' texts, which name the stakeholder (now "Personal data erased"). */
    private static JsonNode withoutMessages(JsonNode coverage) {
        JsonNode copy = coverage.deepCopy();
        copy.get("warnings").forEach(w -> ((com.fasterxml.jackson.databind.node.ObjectNode) w).remove("message"));
        return copy;
    }

    private static void assertNoPersonalData(List<String> audit) {
        for (String line : audit) {
            for (String secret : PERSONAL) {
                assertFalse("personal data in the audit line " + line, line.contains(secret));
            }
            for (String word : secretWords()) {
                assertFalse("a word of personal data in the audit line " + line, line.contains(word));
            }
        }
    }

    /** Each word of the personal texts as well, since the log writes tokens, not the text as typed. */
    private static List<String> secretWords() {
        return List.of("Nordmann", "Testesen", "avlastningen", "hjemmebes", "Styringsgruppen", "godkjente", "syk", "Medlem", "Visning");
    }

    /** The audit logger's lines as slf4j-simple wrote them (short logger name "audit"). */
    private static List<String> auditLines() {
        return ERR.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(" audit - action=")).toList();
    }

    private static List<String> textColumns(String table) throws Exception {
        EntityManagerActiveObjects ao = (EntityManagerActiveObjects) sandbox.component(ActiveObjects.class);
        List<String> values = new ArrayList<>();
        try (Connection c = ao.entityManager().getProvider().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    if (value != null) {
                        values.add(String.valueOf(value));
                    }
                }
            }
        }
        return values;
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0" + path));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes to both streams; the capture is synchronised because Jetty threads log too. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final ByteArrayOutputStream b;

        Tee(OutputStream a, ByteArrayOutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int x) throws java.io.IOException {
            a.write(x);
            synchronized (b) {
                b.write(x);
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            synchronized (b) {
                b.write(bytes, off, len);
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
        }
    }
}
