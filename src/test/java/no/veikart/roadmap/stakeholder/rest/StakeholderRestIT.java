package no.veikart.roadmap.stakeholder.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The stakeholder endpoints of api.md over HTTP against the sandbox, with every error case and the CSV export. */
public class StakeholderRestIT {
    private static final String MAYOR = "{\"name\":\"Ordfører Kari\",\"group\":\"Politicians\",\"level\":\"POLITICAL\","
            + "\"effect\":\"Budget\",\"attitude\":-1,\"desiredAttitude\":2,\"influence\":5,\"interest\":3,\"involvement\":\"CONSULT\","
            + "\"lastContact\":\"2026-01-10\",\"nextContact\":\"2026-02-01\"}";
    private static Sandbox sandbox;
    private static RestClient admin;
    private static RestClient member;
    private static RestClient viewer;
    private static RestClient outsider;
    private static String initiative;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-stakeholder-it"), false);
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        viewer = new RestClient(sandbox.baseUrl(), "viewer", "viewer");
        outsider = new RestClient(sandbox.baseUrl(), "outsider", "outsider");
        assertEquals(200, admin.post("/projects/DEMO/setup", "{}").status());
        initiative = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Anchoring\"}").body().get("key").asText();
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    private static String path() {
        return "/initiatives/" + initiative + "/stakeholders";
    }

    @Test
    public void memberAddsAndViewerReadsWithCoverage() throws Exception {
        Reply created = member.post(path(), MAYOR);
        assertEquals(created.body().toString(), 201, created.status());
        assertTrue(created.body().get("id").asLong() > 0);
        assertEquals(0, created.body().get("version").asLong());
        assertEquals(3, created.body().get("attitudeGap").asInt());

        Reply list = viewer.get(path());
        assertEquals(200, list.status());
        assertFalse(list.body().get("editable").asBoolean());
        JsonNode coverage = list.body().get("coverage");
        assertTrue(coverage.get("warnings").size() > 0);
        assertTrue(list.body().get("stakeholders").size() >= 1);
        assertEquals(404, outsider.get(path()).status());
        assertEquals(403, viewer.post(path(), MAYOR).status());
    }

    @Test
    public void everyBadFieldIsNamed() throws Exception {
        Reply bad = member.post(path(), "{\"name\":\"\",\"level\":\"MAYOR\",\"attitude\":3,\"desiredAttitude\":-3,\"influence\":0,"
                + "\"interest\":6,\"involvement\":\"X\",\"lastContact\":\"2026-13-01\",\"nextContact\":\"soon\"}");
        assertEquals(400, bad.status());
        List<String> fields = new ArrayList<>();
        bad.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        for (String field : List.of("name", "group", "level", "attitude", "desiredAttitude", "influence", "interest", "involvement",
                "lastContact", "nextContact")) {
            assertTrue(field + " named in " + fields, fields.contains(field));
        }
        Reply order = member.post(path(), MAYOR.replace("2026-02-01", "2025-12-01"));
        assertEquals(400, order.status());
        assertEquals("nextContact", order.body().get("errors").get(0).get("field").asText());
        Reply wrongType = member.post(path(), MAYOR.replace("\"influence\":5", "\"influence\":\"high\""));
        assertEquals(400, wrongType.status());
        assertEquals("influence", wrongType.body().get("errors").get(0).get("field").asText());
    }

    @Test
    public void staleVersionsConflictAndDeleteRemoves() throws Exception {
        JsonNode created = member.post(path(), MAYOR.replace("Ordfører Kari", "Rådmann Per")).body();
        long id = created.get("id").asLong();
        String update = MAYOR.replace("Ordfører Kari", "Rådmann Per Olsen").replace("{\"name\"", "{\"version\":0,\"name\"");
        Reply first = member.put(path() + "/" + id, update);
        assertEquals(200, first.status());
        assertEquals(1, first.body().get("version").asLong());
        assertEquals(409, member.put(path() + "/" + id, update).status());
        assertEquals(403, viewer.delete(path() + "/" + id + "?version=1").status());
        assertEquals(409, member.delete(path() + "/" + id + "?version=0").status());
        assertEquals(204, member.delete(path() + "/" + id + "?version=1").status());
        assertEquals(404, member.get(path() + "/" + id).status());
    }

    @Test
    public void contactsAreLogged() throws Exception {
        long id = member.post(path(), MAYOR.replace("Ordfører Kari", "Enhetsleder Siri")).body().get("id").asLong();
        Reply logged = member.post(path() + "/" + id + "/contacts", "{\"date\":\"2026-02-01\",\"agreed\":\"Will join the pilot\"}");
        assertEquals(logged.body().toString(), 201, logged.status());
        assertEquals("2026-02-01", logged.body().get("stakeholder").get("lastContact").asText());
        Reply log = viewer.get(path() + "/" + id + "/contacts");
        assertEquals(1, log.body().size());
        assertEquals("Will join the pilot", log.body().get(0).get("agreed").asText());
        assertEquals(400, member.post(path() + "/" + id + "/contacts", "{\"date\":\"2999-01-01\",\"agreed\":\"x\"}").status());
    }

    @Test
    public void csvExportOpensInExcelAndDefusesFormulas() throws Exception {
        member.post(path(), MAYOR.replace("Ordfører Kari", "=HYPERLINK(\\\"http://evil\\\")"));
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/stakeholders.csv?projects=DEMO"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        byte[] body = csv.body();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Project,Initiative,Name"));
        assertTrue(text, text.contains("'=HYPERLINK"));
        assertFalse(text.contains(",=HYPERLINK"));
        assertTrue(text.contains(",-1,2,"));

        HttpResponse<String> one = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/stakeholders.csv?initiative=" + initiative))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains(initiative));
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/stakeholders.csv?initiative=" + initiative))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("outsider:outsider".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpResponse<String> none = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/stakeholders.csv?projects=DEMO"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("outsider:outsider".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, none.statusCode());
        assertEquals("only the header for someone who may not browse DEMO", 1, none.body().strip().split("\r\n").length);
    }
}
