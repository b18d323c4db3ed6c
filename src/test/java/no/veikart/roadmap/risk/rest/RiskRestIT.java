package no.veikart.roadmap.risk.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.SandboxRestIT;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Test;

/** The risk and handover endpoints of api.md over HTTP against the sandbox: register, measures as Jira tasks, the gate. */
public class RiskRestIT extends SandboxRestIT {

    private static String risk(String title, int l, int c) {
        return "{\"title\":\"" + title + "\",\"category\":\"supplier\",\"likelihood\":" + l + ",\"consequence\":" + c + "}";
    }

    private static List<String> texts(JsonNode errors, String field) {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add(e.get(field).asText()));
        return out;
    }

    @Test
    public void theRegisterComputesLevelsHeatMapsAndWarnings() throws Exception {
        String key = create("Register");
        Reply created = member.post("/initiatives/" + key + "/risks", risk("App discontinued", 4, 5));
        assertEquals(created.body().toString(), 201, created.status());
        assertEquals(20, created.body().get("score").asInt());
        assertEquals("HIGH", created.body().get("level").asText());
        assertTrue(created.body().get("residualLevel").isNull());
        member.post("/initiatives/" + key + "/risks", risk("Minor", 1, 2));

        Reply register = viewer.get("/initiatives/" + key + "/risks");
        assertEquals(200, register.status());
        JsonNode body = register.body();
        assertEquals(List.of("App discontinued", "Minor"), texts(body.get("risks"), "title"));
        assertEquals(1, body.get("matrix").get("before").get(3).get(4).asInt());
        assertEquals(1, body.get("matrix").get("after").get(0).get(1).asInt());
        assertEquals(List.of("HIGH_UNTREATED"), texts(body.get("warnings"), "code"));
        assertFalse(body.get("editable").asBoolean());
        assertEquals(404, outsider.get("/initiatives/" + key + "/risks").status());
        assertEquals(403, viewer.post("/initiatives/" + key + "/risks", risk("x", 1, 1)).status());

        Reply bad = member.post("/initiatives/" + key + "/risks", "{\"title\":\" \",\"category\":\"weather\",\"likelihood\":6,"
                + "\"consequence\":3,\"residualLikelihood\":2}");
        assertEquals(400, bad.status());
        assertEquals(List.of("title", "category", "likelihood", "residualConsequence"), texts(bad.body().get("errors"), "field"));
    }

    @Test
    public void aMeasureCanBecomeAJiraTaskLinkedToTheInitiative() throws Exception {
        String key = create("Measures");
        JsonNode r = member.post("/initiatives/" + key + "/risks", risk("Trainer pool empties", 4, 4)).body();
        Reply added = member.post("/initiatives/" + key + "/risks/" + r.get("id").asLong() + "/measures",
                "{\"text\":\"Train two new trainers every quarter\",\"owner\":\"member\",\"due\":\"2030-01-31\",\"createIssue\":true}");
        assertEquals(added.body().toString(), 201, added.status());
        JsonNode measure = added.body().get("measures").get(0);
        String task = measure.get("issueKey").asText();
        assertTrue(task, task.startsWith("DEMO-"));
        assertEquals("To Do", measure.get("issueStatus").asText());
        assertEquals(1, added.body().get("version").asLong());
        assertFalse(added.body().get("untreated").asBoolean());

        Reply stale = member.put("/initiatives/" + key + "/risks/" + r.get("id").asLong(),
                risk("Lost update", 1, 1).replace("}", ",\"version\":0}"));
        assertEquals(409, stale.status());
        Reply deleted = member.delete("/initiatives/" + key + "/risks/" + r.get("id").asLong() + "?version=1");
        assertEquals(204, deleted.status());
    }

    @Test
    public void leavingTransitionToOperationsNeedsTreatedRisksAndTheHandover() throws Exception {
        String key = create("Gate");
        Reply jump = member.post("/initiatives/" + key + "/phase", "{\"to\":\"TRANSITION_TO_OPERATIONS\",\"overrideReason\":\"test\"}");
        assertEquals(jump.body().toString(), 200, jump.status());
        JsonNode initiative = member.get("/initiatives/" + key).body();
        long version = initiative.get("version").asLong();
        for (JsonNode phase : initiative.get("phases")) {
            if ("TRANSITION_TO_OPERATIONS".equals(phase.get("phase").asText())) {
                for (JsonNode step : phase.get("steps")) {
                    if (step.get("mandatory").asBoolean()) {
                        Reply s = member.put("/initiatives/" + key + "/steps/" + step.get("stepKey").asText(),
                                "{\"done\":true,\"version\":" + version + "}");
                        assertEquals(s.body().toString(), 200, s.status());
                        version = s.body().get("version").asLong();
                    }
                }
            }
        }
        JsonNode high = member.post("/initiatives/" + key + "/risks", risk("Personal data in a third-party app", 4, 4)).body();
        Reply blocked = member.post("/initiatives/" + key + "/phase", "{\"to\":\"NEW_PRACTICES\"}");
        assertEquals(409, blocked.status());
        List<String> keys = texts(blocked.body().get("errors"), "key");
        assertTrue(keys.toString(), keys.contains("roadmap.risk.gate.untreated"));
        assertTrue(keys.toString(), keys.contains("roadmap.handover.gate.outcome"));
        assertTrue(blocked.body().toString().contains("Personal data in a third-party app"));

        member.put("/initiatives/" + key + "/risks/" + high.get("id").asLong(), risk("Personal data in a third-party app", 4, 4)
                .replace("}", ",\"acceptance\":{\"reason\":\"Data processing agreement signed\"},\"version\":0}"));
        Reply gainsMissing = member.put("/initiatives/" + key + "/handover", "{\"meetingDate\":\"2030-01-10\",\"operationsOwner\":\"member\","
                + "\"finalReport\":\"Final report\",\"gainPlanReviewed\":true,\"riskAnalysisReviewed\":true,\"outcome\":\"HANDED_OVER\",\"version\":0}");
        assertEquals(400, gainsMissing.status());
        assertEquals(List.of("gainPlanReviewed"), texts(gainsMissing.body().get("errors"), "field"));
        assertEquals(201, member.post("/initiatives/" + key + "/gains", "{\"type\":\"TIME\",\"title\":\"Care hours\",\"unit\":\"HOURS\","
                + "\"baseline\":{\"value\":100,\"date\":\"2025-01-01\"},\"target\":{\"value\":80,\"date\":\"2025-12-31\"},"
                + "\"frequency\":\"MONTHLY\",\"owner\":\"member\"}").status());
        Reply handover = member.put("/initiatives/" + key + "/handover", "{\"meetingDate\":\"2030-01-10\",\"operationsOwner\":\"member\","
                + "\"finalReport\":\"Final report\",\"gainPlanReviewed\":true,\"riskAnalysisReviewed\":true,\"outcome\":\"HANDED_OVER\",\"version\":0}");
        assertEquals(handover.body().toString(), 200, handover.status());
        assertTrue(handover.body().get("done").asBoolean());
        Reply moved = member.post("/initiatives/" + key + "/phase", "{\"to\":\"NEW_PRACTICES\"}");
        assertEquals(moved.body().toString(), 200, moved.status());
    }
}
