package no.veikart.roadmap.pilot.rest;

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

/** The pilot endpoints of api.md over HTTP against the sandbox: rounds, permissions, 400s, 409s and both gates. */
public class PilotRestIT extends SandboxRestIT {

    /** A new initiative moved into Service development (override), with one gain to measure. */
    public static String inServiceDevelopment(RestClient member, String summary) throws Exception {
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}").body().get("key").asText();
        assertEquals(200, member.post("/initiatives/" + key + "/phase",
                "{\"to\":\"SERVICE_DEVELOPMENT\",\"overrideReason\":\"fast\"}").status());
        Reply gain = member.post("/initiatives/" + key + "/gains", "{\"type\":\"TIME\",\"title\":\"Care hours\",\"unit\":\"HOURS\","
                + "\"baseline\":{\"value\":100,\"date\":\"2021-01-01\"},\"target\":{\"value\":50,\"date\":\"2021-12-31\"},"
                + "\"frequency\":\"MONTHLY\"}");
        assertEquals(gain.body().toString(), 201, gain.status());
        return key;
    }

    static long gainId(RestClient member, String key) throws Exception {
        return member.get("/initiatives/" + key + "/gains").body().get("gains").get(0).get("id").asLong();
    }

    static String fullPlan(long version, long gainId) {
        return "{\"version\":" + version + ",\"goals\":\"Learn whether citizens train alone\",\"scope\":\"One district\","
                + "\"startDate\":\"2021-01-04\",\"endDate\":\"2021-03-31\","
                + "\"participants\":{\"users\":12,\"employees\":8,\"thirdParties\":1,\"text\":\"Home care, North\"},"
                + "\"information\":\"Letter\",\"competence\":\"Two-day course\",\"errorHandling\":\"Supplier hotline\","
                + "\"measurement\":{\"gainIds\":[" + gainId + "],\"text\":\"Monthly\"},\"observation\":\"Visits\","
                + "\"documentation\":\"Log in Jira\"}";
    }

    public static String evaluation(long version, String recommendation) {
        return "{\"version\":" + version + ",\"people\":{\"rating\":4,\"text\":\"Happy\"},\"organisation\":{\"rating\":2},"
                + "\"technology\":{\"rating\":5},\"gains\":{\"rating\":3},\"recommendation\":\"" + recommendation + "\","
                + "\"reasons\":\"One district is too few\"}";
    }

    private static List<String> keys(JsonNode errors) {
        List<String> keys = new ArrayList<>();
        errors.forEach(e -> keys.add(e.get("key").asText()));
        return keys;
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    public void roundOneExistsFromServiceDevelopmentAndThePlanIsSavedWithItsVersion() throws Exception {
        String fresh = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Early\"}").body().get("key").asText();
        Reply none = viewer.get("/initiatives/" + fresh + "/pilots");
        assertEquals(200, none.status());
        assertEquals(0, none.body().size());
        assertEquals(404, member.put("/initiatives/" + fresh + "/pilots/1/plan", fullPlan(0, 1)).status());

        String key = inServiceDevelopment(member, "Plan");
        long gain = gainId(member, key);
        JsonNode rounds = viewer.get("/initiatives/" + key + "/pilots").body();
        assertEquals(1, rounds.size());
        JsonNode one = rounds.get(0);
        assertEquals(1, one.get("round").asInt());
        assertEquals(0, one.get("version").asLong());
        assertFalse(one.get("complete").asBoolean());
        assertEquals(10, one.get("missing").size());
        assertFalse(one.get("editable").asBoolean());

        Reply partial = member.put("/initiatives/" + key + "/pilots/1/plan", "{\"version\":0,\"goals\":\"Learn\"}");
        assertEquals(partial.body().toString(), 200, partial.status());
        assertEquals(1, partial.body().get("done").asInt());
        assertEquals("scope", partial.body().get("missing").get(0).asText());
        Reply saved = member.put("/initiatives/" + key + "/pilots/1/plan", fullPlan(1, gain));
        assertEquals(saved.body().toString(), 200, saved.status());
        assertTrue(saved.body().get("complete").asBoolean());
        assertEquals(2, saved.body().get("version").asLong());
        assertEquals(gain, saved.body().get("plan").get("measurement").get("gainIds").get(0).asLong());

        Reply stale = member.put("/initiatives/" + key + "/pilots/1/plan", fullPlan(1, gain));
        assertEquals(409, stale.status());
        assertEquals("version", stale.body().get("errors").get(0).get("field").asText());
        assertEquals(403, viewer.put("/initiatives/" + key + "/pilots/1/plan", fullPlan(2, gain)).status());
        assertEquals(404, outsider.get("/initiatives/" + key + "/pilots").status());
        assertEquals(404, member.put("/initiatives/" + key + "/pilots/2/plan", fullPlan(0, gain)).status());
        assertEquals(404, member.put("/initiatives/" + key + "/pilots/x/plan", fullPlan(0, gain)).status());
    }

    @Test
    public void badInputIsA400NamingTheFieldInTheReadersLanguage() throws Exception {
        String key = inServiceDevelopment(member, "Invalid");
        Reply bad = member.put("/initiatives/" + key + "/pilots/1/plan", "{\"version\":0,\"startDate\":\"2021-05-01\","
                + "\"endDate\":\"2021-04-01\",\"participants\":{\"users\":-3},\"measurement\":{\"gainIds\":[999999]}}");
        assertEquals(400, bad.status());
        assertEquals(List.of("endDate", "participants.users", "measurement.gainIds[0]"), fields(bad.body().get("errors")));
        assertTrue(bad.body().toString(), bad.body().get("errors").get(0).get("message").asText().contains("End date"));
        Reply eval = member.put("/initiatives/" + key + "/pilots/1/evaluation", "{\"version\":0,\"people\":{\"rating\":9}}");
        assertEquals(400, eval.status());
        assertEquals(List.of("people.rating", "organisation.rating", "technology.rating", "gains.rating", "recommendation",
                "reasons"), fields(eval.body().get("errors")));
        Reply log = member.post("/initiatives/" + key + "/pilots/1/observations", "{\"date\":\"2021-13-01\",\"dimension\":\"MOOD\"}");
        assertEquals(400, log.status());
        assertEquals(List.of("date", "dimension", "text"), fields(log.body().get("errors")));
    }

    @Test
    public void theLogIsWrittenByEditorsAndReadByViewers() throws Exception {
        String key = inServiceDevelopment(member, "Log");
        Reply added = member.post("/initiatives/" + key + "/pilots/1/observations",
                "{\"date\":\"2021-02-01\",\"dimension\":\"people\",\"text\":\"Fru Hansen stood up alone\"}");
        assertEquals(added.body().toString(), 201, added.status());
        assertEquals("PEOPLE", added.body().get("dimension").asText());
        assertEquals(403, viewer.post("/initiatives/" + key + "/pilots/1/observations",
                "{\"date\":\"2021-02-01\",\"dimension\":\"PEOPLE\",\"text\":\"x\"}").status());
        JsonNode observations = viewer.get("/initiatives/" + key + "/pilots").body().get(0).get("observations");
        assertEquals(1, observations.size());
        assertTrue(observations.get(0).get("by").asText().length() > 0);
        long id = added.body().get("id").asLong();
        assertEquals(403, viewer.delete("/initiatives/" + key + "/pilots/1/observations/" + id).status());
        assertEquals(204, member.delete("/initiatives/" + key + "/pilots/1/observations/" + id).status());
        assertEquals(404, member.delete("/initiatives/" + key + "/pilots/1/observations/" + id).status());
    }

    @Test
    public void gatesNeedACompletePlanToEnterPilotingAndAnEvaluationToLeaveIt() throws Exception {
        String key = inServiceDevelopment(member, "Gates");
        long gain = gainId(member, key);
        Reply blocked = member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\"}");
        assertEquals(409, blocked.status());
        assertTrue(blocked.body().toString(), keys(blocked.body().get("errors")).contains("roadmap.pilot.gate.noPlan"));

        assertEquals(200, member.put("/initiatives/" + key + "/pilots/1/plan", "{\"version\":0,\"goals\":\"Learn\"}").status());
        Reply incomplete = member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\"}");
        assertEquals(409, incomplete.status());
        String message = "";
        for (JsonNode e : incomplete.body().get("errors")) {
            if ("roadmap.pilot.gate.incomplete".equals(e.get("key").asText())) {
                message = e.get("message").asText();
            }
        }
        assertTrue(incomplete.body().toString(), message.contains("1 of 10") && message.contains("Scope")
                && message.contains("Documentation"));

        assertEquals(200, member.put("/initiatives/" + key + "/pilots/1/plan", fullPlan(1, gain)).status());
        Reply otherRules = member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\"}");
        assertFalse(otherRules.body().toString(), otherRules.body().toString().contains("roadmap.pilot.gate"));
        Reply entered = member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\",\"overrideReason\":\"steps and roles\"}");
        assertEquals(entered.body().toString(), 200, entered.status());

        Reply leave = member.post("/initiatives/" + key + "/phase", "{\"decision\":\"OPERATIONS\"}");
        assertEquals(409, leave.status());
        assertTrue(leave.body().toString(), keys(leave.body().get("errors")).contains("roadmap.pilot.gate.noEvaluation"));
        // Moving back and further tests are never gated.
        Reply further = member.post("/initiatives/" + key + "/phase", "{\"decision\":\"FURTHER_TESTS\"}");
        assertEquals(further.body().toString(), 200, further.status());
        JsonNode rounds = member.get("/initiatives/" + key + "/pilots").body();
        assertEquals(2, rounds.size());
        assertTrue(rounds.get(1).get("draft").asBoolean());
        assertEquals("Learn whether citizens train alone", rounds.get(1).get("plan").get("goals").asText());
        assertFalse(rounds.get(0).get("editable").asBoolean());
        assertEquals(409, member.put("/initiatives/" + key + "/pilots/1/evaluation", evaluation(2, "PROCEED")).status());

        Reply evaluated = member.put("/initiatives/" + key + "/pilots/2/evaluation", evaluation(0, "PROCEED"));
        assertEquals(evaluated.body().toString(), 200, evaluated.status());
        assertEquals("PROCEED", evaluated.body().get("evaluation").get("recommendation").asText());
        Reply stepsOnly = member.post("/initiatives/" + key + "/phase", "{\"decision\":\"OPERATIONS\"}");
        assertEquals(409, stepsOnly.status());
        assertFalse(stepsOnly.body().toString(), stepsOnly.body().toString().contains("roadmap.pilot.gate"));
        Reply left = member.post("/initiatives/" + key + "/phase", "{\"decision\":\"OPERATIONS\",\"overrideReason\":\"steps\"}");
        assertEquals(left.body().toString(), 200, left.status());
    }

    @Test
    public void anOverrideReasonPassesThePilotGatesToo() throws Exception {
        String key = inServiceDevelopment(member, "Override");
        Reply moved = member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\",\"overrideReason\":\"Pilot planned on paper\"}");
        assertEquals(moved.body().toString(), 200, moved.status());
        JsonNode rounds = member.get("/initiatives/" + key + "/pilots").body();
        assertEquals(1, rounds.size());
        assertTrue(rounds.get(0).get("current").asBoolean());
    }

    @Test
    public void aDecisionAgainstTheRecommendationNeedsAReasonAndTheHistoryRecordsIt() throws Exception {
        String key = inServiceDevelopment(member, "Against advice");
        assertEquals(200, member.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\",\"overrideReason\":\"paper plan\"}").status());
        assertEquals(200, member.put("/initiatives/" + key + "/pilots/1/evaluation", evaluation(0, "FURTHER_TESTS")).status());

        Reply refused = member.post("/initiatives/" + key + "/phase", "{\"decision\":\"BACK_TO_SERVICE_DEVELOPMENT\"}");
        assertEquals(refused.body().toString(), 400, refused.status());
        JsonNode error = refused.body().get("errors").get(0);
        assertEquals("reason", error.get("field").asText());
        assertEquals("roadmap.gate.againstAdviceReason", error.get("key").asText());
        assertTrue(error.toString(), error.get("message").asText().contains("Run further tests"));

        Reply moved = member.post("/initiatives/" + key + "/phase",
                "{\"decision\":\"BACK_TO_SERVICE_DEVELOPMENT\",\"reason\":\"The service design must change first\"}");
        assertEquals(moved.body().toString(), 200, moved.status());
        JsonNode history = moved.body().get("history");
        JsonNode last = history.get(history.size() - 1);
        assertEquals("FURTHER_TESTS", last.get("advisedDecision").asText());
        assertFalse(last.get("followedAdvice").asBoolean());
        assertEquals("The service design must change first", last.get("reason").asText());
        assertTrue(history.get(0).get("followedAdvice").isNull());
    }

    @Test
    public void oneClickAddsTheNewGainFoundToTheGainRealisationPlan() throws Exception {
        String key = inServiceDevelopment(member, "New gains");
        assertEquals(409, member.post("/initiatives/" + key + "/pilots/1/gains", "{}").status());
        String evaluation = evaluation(0, "PROCEED").replace("\"reasons\"",
                "\"newGains\":\"  Relatives call the night shift less\\nSeen in week 6 and 7\",\"reasons\"");
        assertEquals(200, member.put("/initiatives/" + key + "/pilots/1/evaluation", evaluation).status());

        assertEquals(403, viewer.post("/initiatives/" + key + "/pilots/1/gains", "{}").status());
        assertEquals(404, outsider.post("/initiatives/" + key + "/pilots/1/gains", "{}").status());
        assertEquals(404, member.post("/initiatives/" + key + "/pilots/2/gains", "{}").status());
        Reply tooLong = member.post("/initiatives/" + key + "/pilots/1/gains", "{\"title\":\"" + "x".repeat(300) + "\"}");
        assertEquals(tooLong.body().toString(), 400, tooLong.status());
        assertEquals(List.of("title"), fields(tooLong.body().get("errors")));

        Reply added = member.post("/initiatives/" + key + "/pilots/1/gains", "{}");
        assertEquals(added.body().toString(), 201, added.status());
        assertEquals("Relatives call the night shift less", added.body().get("title").asText());
        JsonNode gains = member.get("/initiatives/" + key + "/gains").body().get("gains");
        List<String> titles = new ArrayList<>();
        gains.forEach(g -> titles.add(g.get("title").asText()));
        assertTrue(titles.toString(), titles.contains("Relatives call the night shift less"));

        Reply again = member.post("/initiatives/" + key + "/pilots/1/gains", "{}");
        assertEquals(409, again.status());
        assertEquals(List.of("roadmap.pilot.error.gainExists"), keys(again.body().get("errors")));
    }
}
