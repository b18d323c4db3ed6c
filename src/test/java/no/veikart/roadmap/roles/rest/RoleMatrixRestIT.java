package no.veikart.roadmap.roles.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.SandboxRestIT;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Test;

/** The HUKI endpoints of api.md over HTTP against the sandbox: permissions, ids, the 400s, the 409s, the gate, CSV. */
public class RoleMatrixRestIT extends SandboxRestIT {

    static String matrix(long version, String principal2) {
        return "{\"version\":" + version + ",\"procedures\":[{\"id\":-1,\"name\":\"Visitasjon\"},{\"id\":-2,\"name\":\"Ukentlig trening\"}],"
                + "\"actors\":[{\"id\":-3,\"name\":\"Visitator\",\"kind\":\"ROLE\"},{\"id\":-4,\"name\":\"Terapeut\",\"kind\":\"ROLE\"}],"
                + "\"cells\":[{\"procedureId\":-1,\"actorId\":-3,\"role\":\"PRINCIPAL\"},{\"procedureId\":-1,\"actorId\":-4,\"role\":\"EXECUTES\"},"
                + "{\"procedureId\":-2,\"actorId\":-4,\"role\":\"" + principal2 + "\"}]}";
    }

    private static List<String> keys(JsonNode errors) {
        List<String> keys = new ArrayList<>();
        errors.forEach(e -> keys.add(e.get("key").asText()));
        return keys;
    }

    @Test
    public void memberSavesTheWholeMatrixAndGetsRealIds() throws Exception {
        String key = create("Roles");
        Reply empty = viewer.get("/initiatives/" + key + "/roles");
        assertEquals(200, empty.status());
        assertEquals(0, empty.body().get("version").asLong());
        assertFalse(empty.body().get("valid").asBoolean());
        assertFalse(empty.body().get("editable").asBoolean());

        Reply saved = member.put("/initiatives/" + key + "/roles", matrix(0, "CONSULTED"));
        assertEquals(saved.body().toString(), 200, saved.status());
        JsonNode body = saved.body();
        assertEquals(1, body.get("version").asLong());
        assertFalse("Ukentlig trening has no principal", body.get("valid").asBoolean());
        body.get("procedures").forEach(p -> assertTrue(p.get("id").asLong() > 0));
        body.get("actors").forEach(a -> assertTrue(a.get("id").asLong() > 0));
        long visitasjon = body.get("procedures").get(0).get("id").asLong();
        long visitator = body.get("actors").get(0).get("id").asLong();
        boolean found = false;
        for (JsonNode c : body.get("cells")) {
            found |= c.get("procedureId").asLong() == visitasjon && c.get("actorId").asLong() == visitator
                    && "PRINCIPAL".equals(c.get("role").asText());
        }
        assertTrue(body.get("cells").toString(), found);
        assertTrue(keys(body.get("warnings")).toString(), body.get("warnings").toString().contains("roadmap.roles.warning.noPrincipal"));

        Reply read = viewer.get("/initiatives/" + key + "/roles");
        assertEquals(body.get("cells"), read.body().get("cells"));
        assertEquals(404, outsider.get("/initiatives/" + key + "/roles").status());
        assertEquals(404, member.get("/initiatives/NOPE-1/roles").status());
        assertEquals(403, viewer.put("/initiatives/" + key + "/roles", matrix(1, "PRINCIPAL")).status());
    }

    @Test
    public void twoPrincipalsIsA400NamingTheProcedureAndStaleIsA409() throws Exception {
        String key = create("Principals");
        String two = matrix(0, "PRINCIPAL").replace("{\"procedureId\":-1,\"actorId\":-4,\"role\":\"EXECUTES\"}",
                "{\"procedureId\":-1,\"actorId\":-4,\"role\":\"PRINCIPAL\"}");
        Reply bad = member.put("/initiatives/" + key + "/roles", two);
        assertEquals(400, bad.status());
        JsonNode error = bad.body().get("errors").get(0);
        assertEquals("procedures[0]", error.get("field").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("Visitasjon"));

        Reply blank = member.put("/initiatives/" + key + "/roles", matrix(0, "PRINCIPAL").replace("Terapeut", " "));
        assertEquals(400, blank.status());
        assertEquals("actors[1].name", blank.body().get("errors").get(0).get("field").asText());

        assertEquals(200, member.put("/initiatives/" + key + "/roles", matrix(0, "PRINCIPAL")).status());
        Reply stale = member.put("/initiatives/" + key + "/roles", matrix(0, "CONSULTED"));
        assertEquals(409, stale.status());
        assertEquals("version", stale.body().get("errors").get(0).get("field").asText());
        assertTrue(viewer.get("/initiatives/" + key + "/roles").body().get("valid").asBoolean());
    }

    @Test
    public void leavingServiceDevelopmentNeedsAValidMatrixOrAnOverride() throws Exception {
        String key = create("Gate");
        assertEquals(200, member.post("/initiatives/" + key + "/phase", "{\"to\":\"SERVICE_DEVELOPMENT\",\"overrideReason\":\"fast\"}").status());
        JsonNode initiative = member.get("/initiatives/" + key).body();
        long version = initiative.get("version").asLong();
        for (JsonNode phase : initiative.get("phases")) {
            if ("SERVICE_DEVELOPMENT".equals(phase.get("phase").asText())) {
                for (JsonNode step : phase.get("steps")) {
                    if (step.get("mandatory").asBoolean()) {
                        Reply r = member.put("/initiatives/" + key + "/steps/" + step.get("stepKey").asText(),
                                "{\"done\":true,\"version\":" + version + "}");
                        assertEquals(r.body().toString(), 200, r.status());
                        version = r.body().get("version").asLong();
                    }
                }
            }
        }
        Reply blocked = member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\"}");
        assertEquals(409, blocked.status());
        assertTrue(blocked.body().toString(), keys(blocked.body().get("errors")).contains("roadmap.roles.gate.empty"));

        assertEquals(200, member.put("/initiatives/" + key + "/roles", matrix(0, "CONSULTED")).status());
        Reply noPrincipal = member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\"}");
        assertEquals(409, noPrincipal.status());
        assertTrue(noPrincipal.body().toString(), noPrincipal.body().get("errors").get(0).get("message").asText().contains("Ukentlig trening"));

        assertEquals(200, member.put("/initiatives/" + key + "/roles", matrix(1, "PRINCIPAL")).status());
        // The matrix no longer holds the move; the pilot plan's gate (issue 17) still does until a plan is written.
        Reply moved = member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\"}");
        assertFalse(moved.body().toString(), moved.body().toString().contains("roadmap.roles.gate"));
    }

    @Test
    public void copyTakesAnotherInitiativesMatrixAsADraftAndCsvExportsIt() throws Exception {
        String source = create("Source");
        String target = create("Target");
        assertEquals(200, member.put("/initiatives/" + source + "/roles", matrix(0, "PRINCIPAL").replace("Visitasjon", "=HYPERLINK(\\\"x\\\")")).status());
        Reply sources = member.get("/initiatives/" + target + "/roles/sources");
        assertEquals(200, sources.status());
        assertTrue(sources.body().toString().contains(source));
        assertEquals(403, viewer.get("/initiatives/" + target + "/roles/sources").status());

        Reply copy = member.get("/initiatives/" + target + "/roles/copy?from=" + source);
        assertEquals(200, copy.status());
        copy.body().get("procedures").forEach(p -> assertTrue(p.get("id").asLong() < 0));
        assertEquals(0, copy.body().get("version").asLong());
        assertEquals(0, viewer.get("/initiatives/" + target + "/roles").body().get("procedures").size());
        assertEquals(404, member.get("/initiatives/" + target + "/roles/copy?from=NOPE-1").status());

        String csv = csv("viewer");
        assertTrue(csv, csv.startsWith("\uFEFFProject,Initiative,Procedure"));
        assertTrue(csv, csv.contains("'=HYPERLINK"));
        assertFalse(csv, csv.contains(",=HYPERLINK"));
        assertTrue(csv, csv.contains(source + ","));
        assertEquals(1, csv("outsider").lines().count());
    }

    private static String csv(String user) throws Exception {
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/roles.csv?projects=DEMO"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        return new String(reply.body(), StandardCharsets.UTF_8);
    }
}
