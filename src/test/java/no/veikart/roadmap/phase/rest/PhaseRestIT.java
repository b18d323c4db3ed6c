package no.veikart.roadmap.phase.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.SandboxRestIT;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Test;

/** The phase endpoints of api.md over HTTP against the sandbox: the real wiring, permissions and every error case. */
public class PhaseRestIT extends SandboxRestIT {

    @Test
    public void templatesListTheSixPhasesForAnyLoggedInUser() throws Exception {
        Reply reply = outsider.get("/templates");
        assertEquals(200, reply.status());
        JsonNode phases = reply.body().get(0).get("phases");
        assertEquals(6, phases.size());
        assertEquals("ANCHORING", phases.get(0).get("key").asText());
        assertEquals(401, anonymous.get("/templates").status());
    }

    @Test
    public void templateChangesAreForJiraAdminsOnly() throws Exception {
        String body = "{\"name\":\"Five phases\",\"phases\":[{\"key\":\"ANCHORING\"},{\"key\":\"INSIGHT\"},{\"key\":\"PILOTING\"},"
                + "{\"key\":\"TRANSITION_TO_OPERATIONS\"},{\"key\":\"NEW_PRACTICES\"}]}";
        assertEquals(403, member.post("/templates", body).status());
        Reply created = admin.post("/templates", body);
        assertEquals(201, created.status());
        assertEquals(5, created.body().get("phases").size());

        long id = created.body().get("id").asLong();
        Reply stale = admin.put("/templates/" + id, body.replace("{\"name\"", "{\"version\":99,\"name\""));
        assertEquals(409, stale.status());
        assertEquals("version", stale.body().get("errors").get(0).get("field").asText());
    }

    @Test
    public void invalidTemplateNamesEveryFieldInTheCallersLanguage() throws Exception {
        Reply reply = admin.post("/templates", "{\"name\":\"\",\"phases\":[{\"key\":\"bad key\",\"name\":\"x\"}]}");
        assertEquals(400, reply.status());
        JsonNode errors = reply.body().get("errors");
        assertEquals("name", errors.get(0).get("field").asText());
        assertEquals("phases[0].key", errors.get(1).get("field").asText());
        assertTrue(errors.get(0).get("message").asText().length() > 3);
    }

    @Test
    public void setupIsIdempotent() throws Exception {
        Reply again = admin.post("/projects/DEMO/setup", "{}");
        assertEquals(200, again.status());
        assertEquals(0, again.body().get("created").asInt());
        assertEquals(403, member.post("/projects/DEMO/setup", "{}").status());
        assertEquals(404, admin.post("/projects/NOPE/setup", "{}").status());
    }

    @Test
    public void memberCreatesAnInitiativeWithPhasesAndSteps() throws Exception {
        Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Digital hjemmetrening\"}");
        assertEquals(created.body().toString(), 201, created.status());
        JsonNode body = created.body();
        assertEquals("ANCHORING", body.get("currentPhase").asText());
        assertEquals(6, body.get("phases").size());
        assertEquals(5, body.get("phases").get(0).get("steps").size());
        String key = body.get("key").asText();

        Reply read = viewer.get("/initiatives/" + key);
        assertEquals(200, read.status());
        assertEquals(key, read.body().get("key").asText());
        assertEquals(404, outsider.get("/initiatives/" + key).status());
        assertEquals(404, member.get("/initiatives/DEMO-99999").status());
    }

    @Test
    public void createErrors() throws Exception {
        assertEquals(401, anonymous.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"x\"}").status());
        Reply invalid = member.post("/initiatives", "{\"projectKey\":\"DEMO\"}");
        assertEquals(400, invalid.status());
        assertEquals("summary", invalid.body().get("errors").get(0).get("field").asText());
        assertEquals(403, viewer.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"x\"}").status());
        assertEquals(404, outsider.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"x\"}").status());
        assertEquals(409, admin.post("/initiatives", "{\"projectKey\":\"HELSE\",\"summary\":\"x\"}").status());
        Reply wrongType = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"x\",\"templateId\":\"abc\"}");
        assertEquals(400, wrongType.status());
        assertEquals("templateId", wrongType.body().get("errors").get(0).get("field").asText());
        assertEquals(400, member.post("/initiatives", "{not json").status());
    }

    @Test
    public void gateBlocksThenOverrideIsRecorded() throws Exception {
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Gate\"}").body().get("key").asText();

        Reply blocked = member.post("/initiatives/" + key + "/phase", "{\"to\":\"INSIGHT\"}");
        assertEquals(409, blocked.status());
        assertEquals(3, blocked.body().get("missingSteps").size());
        assertEquals("DEFINE_PROBLEMS_AND_GOALS", blocked.body().get("missingSteps").get(0).get("stepKey").asText());

        assertEquals(403, viewer.post("/initiatives/" + key + "/phase", "{\"to\":\"INSIGHT\",\"overrideReason\":\"x\"}").status());

        Reply moved = member.post("/initiatives/" + key + "/phase", "{\"to\":\"INSIGHT\",\"overrideReason\":\"Styringsgruppen vedtok\"}");
        assertEquals(200, moved.status());
        assertEquals("INSIGHT", moved.body().get("currentPhase").asText());
        JsonNode history = moved.body().get("history");
        assertEquals("Styringsgruppen vedtok", history.get(0).get("overrideReason").asText());
        assertEquals(3, history.get(0).get("missingSteps").size());
    }

    @Test
    public void tickedStepsOpenTheGateAndStaleVersionsConflict() throws Exception {
        JsonNode created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Steps\"}").body();
        String key = created.get("key").asText();
        long version = created.get("version").asLong();
        for (String step : new String[] {"DEFINE_PROBLEMS_AND_GOALS", "BUILD_TEAM", "IDENTIFY_STAKEHOLDERS"}) {
            Reply r = member.put("/initiatives/" + key + "/steps/" + step, "{\"done\":true,\"version\":" + version + "}");
            assertEquals(200, r.status());
            assertNotEquals(version, r.body().get("version").asLong());
            version = r.body().get("version").asLong();
        }
        assertEquals(409, member.put("/initiatives/" + key + "/steps/BUILD_TEAM", "{\"done\":false,\"version\":0}").status());
        Reply moved = member.post("/initiatives/" + key + "/phase", "{\"to\":\"INSIGHT\"}");
        assertEquals(200, moved.status());
        assertTrue(moved.body().get("history").get(0).get("overrideReason").isNull());
    }

    @Test
    public void pilotingDecisionsOverRest() throws Exception {
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Pilot\"}").body().get("key").asText();
        assertEquals(200, member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\",\"overrideReason\":\"fast track\"}").status());

        Reply noDecision = member.post("/initiatives/" + key + "/phase", "{\"to\":\"TRANSITION_TO_OPERATIONS\",\"overrideReason\":\"x\"}");
        assertEquals(400, noDecision.status());
        assertEquals("decision", noDecision.body().get("errors").get(0).get("field").asText());
        Reply unknown = member.post("/initiatives/" + key + "/phase", "{\"decision\":\"MAYBE\"}");
        assertEquals(400, unknown.status());

        Reply back = member.post("/initiatives/" + key + "/phase", "{\"decision\":\"BACK_TO_SERVICE_DEVELOPMENT\"}");
        assertEquals(200, back.status());
        assertEquals("SERVICE_DEVELOPMENT", back.body().get("currentPhase").asText());

        assertEquals(200, member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\",\"overrideReason\":\"again\"}").status());
        Reply halt = member.post("/initiatives/" + key + "/phase", "{\"decision\":\"HALT\",\"reason\":\"No measurable gain\"}");
        assertEquals(200, halt.status());
        assertEquals("HALTED", halt.body().get("status").asText());
        assertEquals(409, member.post("/initiatives/" + key + "/phase", "{\"to\":\"INSIGHT\"}").status());
    }
}
