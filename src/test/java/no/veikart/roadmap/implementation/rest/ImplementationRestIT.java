package no.veikart.roadmap.implementation.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.SandboxRestIT;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Test;

/** The implementation plan endpoints of api.md over HTTP against the sandbox: permissions, 400s, 409s, the gate, CSV. */
public class ImplementationRestIT extends SandboxRestIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    static String unit(String name, String status, String shifts, Long version) {
        return "{\"name\":\"" + name + "\",\"staff\":20,\"shifts\":[" + shifts + "],\"testUnit\":true,\"status\":\"" + status
                + "\",\"plannedGoLive\":\"" + TODAY.minusMonths(1) + "\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static JsonNode unitNamed(JsonNode plan, String name) {
        for (JsonNode u : plan.get("units")) {
            if (name.equals(u.get("name").asText())) {
                return u;
            }
        }
        throw new AssertionError(name + " not in " + plan);
    }

    private static List<String> codes(JsonNode plan) {
        List<String> codes = new ArrayList<>();
        plan.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }

    @Test
    public void memberBuildsAPlanViewersReadItOutsidersSeeNothing() throws Exception {
        String key = create("Plan");
        String base = "/initiatives/" + key + "/implementation";
        Reply empty = viewer.get(base);
        assertEquals(200, empty.status());
        assertEquals(0, empty.body().get("units").size());
        assertFalse(empty.body().get("editable").asBoolean());

        Reply created = member.post(base + "/units", unit("Distrikt Nord", "LIVE", "\"DAY\",\"night\"", null));
        assertEquals(created.body().toString(), 201, created.status());
        JsonNode nord = unitNamed(created.body(), "Distrikt Nord");
        long id = nord.get("id").asLong();
        assertEquals(1, nord.get("version").asLong());
        assertEquals("[\"DAY\",\"NIGHT\"]", nord.get("shifts").toString());
        assertTrue(codes(created.body()).toString(), codes(created.body()).contains("NO_SUPER_USER"));

        Reply su = member.post(base + "/units/" + id + "/super-users",
                "{\"name\":\"Birgit\",\"shift\":\"NIGHT\",\"to\":\"" + TODAY.plusDays(20) + "\",\"version\":1}");
        assertEquals(su.body().toString(), 201, su.status());
        Reply training = member.post(base + "/units/" + id + "/trainings",
                "{\"date\":\"" + TODAY.minusMonths(2) + "\",\"kind\":\"INITIAL\",\"trained\":17,\"trainer\":\"Dedikeret underviser\",\"hours\":3.5}");
        assertEquals(training.body().toString(), 201, training.status());
        JsonNode after = unitNamed(training.body(), "Distrikt Nord");
        assertEquals(3, after.get("version").asLong());
        assertEquals("85.0", after.get("trainedPercent").asText());
        assertEquals(85, after.get("trainedPercentDisplay").asInt());
        assertTrue(codes(training.body()).toString(), codes(training.body()).containsAll(List.of("NO_SUPER_USER", "SUPER_USER_LEAVING",
                "TRAINING_BELOW_TARGET")));
        for (JsonNode w : training.body().get("warnings")) {
            assertEquals(id, w.get("unitId").asLong());
            assertFalse(w.get("message").asText().isBlank());
        }

        assertEquals(training.body().get("units"), viewer.get(base).body().get("units"));
        assertEquals(404, outsider.get(base).status());
        assertEquals(404, member.get("/initiatives/NOPE-1/implementation").status());
        assertEquals(403, viewer.post(base + "/units", unit("X", "PLANNED", "\"DAY\"", null)).status());
        assertEquals(403, viewer.delete(base + "/units/" + id).status());

        long trainingId = after.get("trainings").get(0).get("id").asLong();
        Reply removed = member.delete(base + "/units/" + id + "/trainings/" + trainingId + "?version=3");
        assertEquals(removed.body().toString(), 200, removed.status());
        assertEquals(0, unitNamed(removed.body(), "Distrikt Nord").get("trainings").size());
        assertEquals(404, member.delete(base + "/units/" + id + "/trainings/" + trainingId).status());
        Reply gone = member.delete(base + "/units/" + id + "?version=4");
        assertEquals(gone.body().toString(), 200, gone.status());
        assertEquals(0, gone.body().get("units").size());
    }

    @Test
    public void badInputIsA400NamingTheFieldAndStaleIsA409() throws Exception {
        String key = create("Validation");
        String base = "/initiatives/" + key + "/implementation";
        Reply bad = member.post(base + "/units", "{\"name\":\" \",\"staff\":-1,\"shifts\":[\"NOON\"],\"status\":\"DONE\",\"plannedGoLive\":\"2026-13-01\"}");
        assertEquals(400, bad.status());
        List<String> fields = new ArrayList<>();
        bad.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("name", "staff", "shifts", "plannedGoLive", "status"), fields);

        long id = unitNamed(member.post(base + "/units", unit("Syd", "PLANNED", "\"DAY\"", null)).body(), "Syd").get("id").asLong();
        Reply wrongShift = member.post(base + "/units/" + id + "/super-users", "{\"name\":\"Ane\",\"shift\":\"NIGHT\"}");
        assertEquals(400, wrongShift.status());
        assertEquals("shift", wrongShift.body().get("errors").get(0).get("field").asText());
        assertTrue(wrongShift.body().toString(), wrongShift.body().get("errors").get(0).get("message").asText().contains("Syd"));
        Reply noCount = member.post(base + "/units/" + id + "/new-staff", "{\"date\":\"" + TODAY + "\"}");
        assertEquals("count", noCount.body().get("errors").get(0).get("field").asText());

        assertEquals(200, member.put(base + "/units/" + id, unit("Syd", "TRAINING", "\"DAY\"", 1L)).status());
        Reply stale = member.put(base + "/units/" + id, unit("Syd 2", "TRAINING", "\"DAY\"", 1L));
        assertEquals(409, stale.status());
        assertEquals("version", stale.body().get("errors").get(0).get("field").asText());
        assertEquals(409, member.post(base + "/units/" + id + "/trainings",
                "{\"date\":\"" + TODAY + "\",\"kind\":\"INITIAL\",\"trained\":3,\"version\":1}").status());
        Reply noVersion = member.put(base + "/units/" + id, unit("Syd", "TRAINING", "\"DAY\"", null));
        assertEquals(400, noVersion.status());
        assertEquals("version", noVersion.body().get("errors").get(0).get("field").asText());
        // Another initiative's unit is not found through this one.
        String other = create("Other");
        assertEquals(404, member.put("/initiatives/" + other + "/implementation/units/" + id, unit("Syd", "LIVE", "\"DAY\"", 2L)).status());
    }

    @Test
    public void leavingTransitionToOperationsNeedsEveryUnitLiveAndCovered() throws Exception {
        String key = create("Gate");
        String base = "/initiatives/" + key + "/implementation";
        assertEquals(200, member.post("/initiatives/" + key + "/phase",
                "{\"to\":\"TRANSITION_TO_OPERATIONS\",\"overrideReason\":\"fast\"}").status());
        JsonNode initiative = member.get("/initiatives/" + key).body();
        long version = initiative.get("version").asLong();
        for (JsonNode phase : initiative.get("phases")) {
            if ("TRANSITION_TO_OPERATIONS".equals(phase.get("phase").asText())) {
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
        long id = unitNamed(member.post(base + "/units", unit("Vest", "TRAINING", "\"EVENING\"", null)).body(), "Vest").get("id").asLong();
        Reply notLive = member.post("/initiatives/" + key + "/phase", "{\"to\":\"NEW_PRACTICES\"}");
        assertEquals(409, notLive.status());
        assertTrue(notLive.body().toString(), notLive.body().get("errors").get(0).get("message").asText().contains("Vest"));

        assertEquals(200, member.put(base + "/units/" + id, unit("Vest", "LIVE", "\"EVENING\"", 1L)).status());
        Reply uncovered = member.post("/initiatives/" + key + "/phase", "{\"to\":\"NEW_PRACTICES\"}");
        assertEquals(409, uncovered.status());
        assertTrue(uncovered.body().toString(), uncovered.body().toString().contains("roadmap.implementation.gate.gaps"));
        assertFalse(uncovered.body().toString(), uncovered.body().toString().contains("roadmap.implementation.gate.notLive"));

        assertEquals(201, member.post(base + "/units/" + id + "/super-users", "{\"name\":\"Karen\",\"shift\":\"EVENING\"}").status());
        Reply covered = member.post("/initiatives/" + key + "/phase", "{\"to\":\"NEW_PRACTICES\"}");
        assertFalse(covered.body().toString(), covered.body().toString().contains("roadmap.implementation.gate"));
        // What still holds the move is the risk feature's handover, which this fixture leaves open; with a reason it goes.
        Reply moved = member.post("/initiatives/" + key + "/phase",
                "{\"to\":\"NEW_PRACTICES\",\"overrideReason\":\"Handover reviewed on paper\"}");
        assertEquals(moved.body().toString(), 200, moved.status());
    }

    @Test
    public void csvExportsTheUnitsTheReaderMayBrowse() throws Exception {
        String key = create("Export");
        assertEquals(201, member.post("/initiatives/" + key + "/implementation/units",
                unit("=HYPERLINK(\\\"x\\\")", "PLANNED", "\"DAY\",\"WEEKEND\"", null)).status());
        String csv = csv("viewer");
        assertTrue(csv, csv.startsWith("\uFEFFProject,Initiative,Unit"));
        assertTrue(csv, csv.contains("'=HYPERLINK"));
        assertTrue(csv, csv.contains(key + ","));
        assertTrue(csv, csv.contains("\"Day, Weekend\""));
        assertEquals(1, csv("outsider").lines().count());
    }

    private static String csv(String user) throws Exception {
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0/export/implementation.csv?projects=DEMO"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        return new String(reply.body(), StandardCharsets.UTF_8);
    }
}
