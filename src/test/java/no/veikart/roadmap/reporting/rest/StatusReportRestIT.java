package no.veikart.roadmap.reporting.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.SandboxRestIT;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.Test;

/** The status report endpoints of api.md over HTTP against the sandbox: permissions, prefill, 400s, 409s, publish. */
public class StatusReportRestIT extends SandboxRestIT {

    @Test
    public void draftIsPrefilledThenFilledInPublishedAndNeverChangesAgain() throws Exception {
        String key = create("Status");
        String base = "/initiatives/" + key + "/status-reports";
        Reply empty = viewer.get(base);
        assertEquals(200, empty.status());
        assertFalse(empty.body().get("editable").asBoolean());
        assertEquals(0, empty.body().get("reports").size());
        assertEquals("", empty.body().get("suggestions").get(4).get("light").asText());

        Reply created = member.post(base, "{\"period\":\"2026-11\"}");
        assertEquals(created.body().toString(), 201, created.status());
        JsonNode draft = created.body();
        assertEquals("DRAFT", draft.get("state").asText());
        assertEquals("no stakeholders: anchoring suggested red", "RED", draft.get("anchoring").asText());
        assertEquals("AMBER", draft.get("gains").asText());
        assertTrue(draft.get("risks").isNull());
        long id = draft.get("id").asLong();

        assertEquals(403, viewer.post(base, "{\"period\":\"2026-10\"}").status());
        assertEquals(404, outsider.get(base).status());
        assertEquals(404, outsider.post(base + "/" + id + "/publish", "{\"version\":1}").status());

        Reply noRisk = member.post(base + "/" + id + "/publish", "{\"version\":1}");
        assertEquals(400, noRisk.status());
        assertEquals("risks", noRisk.body().get("errors").get(0).get("field").asText());

        Reply better = member.put(base + "/" + id, "{\"period\":\"2026-11\",\"overall\":\"RED\",\"phase\":\"GREEN\","
                + "\"gains\":\"AMBER\",\"anchoring\":\"GREEN\",\"risks\":\"AMBER\",\"version\":1}");
        assertEquals(400, better.status());
        assertEquals("comment", better.body().get("errors").get(0).get("field").asText());
        assertTrue(better.body().get("errors").get(0).get("message").asText().contains("Anchoring"));

        Reply saved = member.put(base + "/" + id, "{\"period\":\"2026-11\",\"overall\":\"RED\",\"phase\":\"GREEN\","
                + "\"gains\":\"AMBER\",\"anchoring\":\"GREEN\",\"risks\":\"AMBER\",\"comment\":\"Rådmannen er orientert\",\"version\":1}");
        assertEquals(saved.body().toString(), 200, saved.status());
        assertEquals(2, saved.body().get("version").asLong());
        assertEquals(409, member.put(base + "/" + id, "{\"period\":\"2026-11\",\"version\":1}").status());

        Reply published = member.post(base + "/" + id + "/publish", "{\"version\":2}");
        assertEquals(published.body().toString(), 200, published.status());
        assertEquals("PUBLISHED", published.body().get("state").asText());
        assertEquals("member", published.body().get("publishedByKey").asText());
        assertFalse(published.body().get("publishedAt").isNull());

        assertEquals(409, member.put(base + "/" + id, "{\"period\":\"2026-11\",\"version\":3}").status());
        assertEquals(409, member.post(base + "/" + id + "/publish", "{\"version\":3}").status());
        JsonNode latest = viewer.get("/status-reports/latest?projects=DEMO,NOPE").body();
        JsonNode mine = null;
        for (JsonNode l : latest) {
            if (l.get("issueKey").asText().equals(key)) {
                mine = l;
            }
        }
        assertEquals("RED", mine.get("overall").asText());
        assertEquals("2026-11", mine.get("period").asText());
        assertEquals(0, outsider.get("/status-reports/latest?projects=DEMO").body().size());
        assertEquals(400, viewer.get("/status-reports/latest").status());
        JsonNode list = viewer.get(base).body();
        assertEquals("Rådmannen er orientert", list.get("reports").get(0).get("comment").asText());
        assertTrue("a new report is for a month after the published one", list.get("nextPeriod").asText().compareTo("2026-11") > 0);
    }

    @Test
    public void inputErrorsNameTheFieldInTheReadersLanguage() throws Exception {
        String key = create("Status errors");
        String base = "/initiatives/" + key + "/status-reports";
        Reply bad = member.post(base, "{\"period\":\"2026-13\",\"overall\":\"BLUE\"}");
        assertEquals(400, bad.status());
        assertEquals("period", bad.body().get("errors").get(0).get("field").asText());
        assertEquals("overall", bad.body().get("errors").get(1).get("field").asText());
        assertEquals(201, member.post(base, "{\"period\":\"2026-09\"}").status());
        Reply twice = member.post(base, "{\"period\":\"2026-09\"}");
        assertEquals(409, twice.status());
        assertEquals("roadmap.reporting.error.periodTaken", twice.body().get("errors").get(0).get("key").asText());
        assertEquals(404, member.put(base + "/999999", "{\"period\":\"2026-09\",\"version\":1}").status());
        assertEquals(404, member.get("/initiatives/NOPE-1/status-reports").status());
    }
}
