package no.veikart.roadmap.gain.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.issue.context.ProjectContext;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxCustomField;
import no.veikart.roadmap.sandbox.jira.SandboxCustomFields;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The searchable gain fields end to end against the sandbox: project set-up creates them, every gain, measurement and
 * economics change over REST rewrites them, Jira's issue search finds initiatives with
 * {@code "Gain realised %" >= 50 AND "Gain status" = "At risk"} (and stops finding them), a write Jira refuses waits
 * and is retried, and the administrator's recalculation repairs fields that drifted.
 */
public class GainSearchIT {
    /** {@code "Gain realised %" >= 50 AND "Gain status" = "At risk"}, URL-encoded. */
    private static final String AT_RISK_JQL =
            "%22Gain%20realised%20%25%22%20%3E%3D%2050%20AND%20%22Gain%20status%22%20%3D%20%22At%20risk%22";
    private static final String PERCENT = "Gain realised %";
    private static final String STATUS = "Gain status";
    private static final String NEXT = "Gain next follow-up";
    private static final String VALUE = "Gain realised value";
    private static final String CARE_HOURS = "{\"type\":\"TIME\",\"title\":\"Færre plejetimer\",\"unit\":\"HOURS\","
            + "\"baseline\":{\"value\":15000,\"date\":\"2021-01-01\"},\"target\":{\"value\":13650,\"date\":\"2021-12-31\"},"
            + "\"frequency\":\"MONTHLY\"}";
    private static final String SELF_RELIANT = "{\"type\":\"QUALITY\",\"title\":\"Flere selvhjulpne borgere\",\"unit\":\"COUNT\","
            + "\"baseline\":{\"value\":10,\"date\":\"2024-01-01\"},\"target\":{\"value\":50,\"date\":\"2026-12-31\"},"
            + "\"frequency\":\"QUARTERLY\"}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Sandbox sandbox;
    private static RestClient admin;
    private static RestClient member;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-gain-search-it"), false);
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        Reply setup = admin.post("/projects/DEMO/setup", "{}");
        assertEquals(setup.body().toString(), 200, setup.status());
        List<String> names = new ArrayList<>();
        setup.body().get("searchFields").forEach(n -> names.add(n.asText()));
        assertEquals("field names come from i18n/roadmap.properties (roadmap.gain.searchfield.*.name: merge "
                + "i18n-pending-jql.tsv)", List.of(PERCENT, STATUS, NEXT, VALUE), names);
        Reply again = admin.post("/projects/DEMO/setup", "{}");
        assertEquals("set-up creates nothing the second time", 0, again.body().get("created").asInt());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void everyGainChangeOverRestRewritesTheFieldsAndJqlFollows() throws Exception {
        String key = newInitiative("Søgbare gevinster");
        assertFalse(atRisk("member").contains(key));
        assertEquals(Map.of(), fields(key));

        long gainA = member.post(gains(key), CARE_HOURS).body().get("id").asLong();
        assertEquals(Map.of(PERCENT, "0", STATUS, "Not started", NEXT, "2021-02-01"), fields(key));

        Reply measured = member.post(gains(key) + "/" + gainA + "/measurements", "{\"value\":14000,\"date\":\"2021-12-31\"}");
        assertEquals(measured.body().toString(), 201, measured.status());
        // (15000 − 14000) / (15000 − 13650) = 74.1 %, and the target date has passed: at risk.
        assertEquals(Map.of(PERCENT, "74.1", STATUS, "At risk", NEXT, "2022-01-31"), fields(key));
        assertTrue(atRisk("member").contains(key));
        String page = page("/browse/" + key, "member");
        assertTrue(page, page.contains(">At risk</span>") && page.contains("-val\" class=\"value\">74.1</span>"));

        assertEquals(201, member.put("/initiatives/" + key + "/economics",
                "{\"hourlyRate\":750,\"currency\":\"DKK\",\"horizonYears\":5}").status());
        assertEquals("750000", fields(key).get(VALUE));

        long gainB = member.post(gains(key), SELF_RELIANT).body().get("id").asLong();
        // Mean of 74.1 and 0 (not measured yet): 37.1 — no longer "at least half".
        assertEquals("37.1", fields(key).get(PERCENT));
        assertEquals("At risk", fields(key).get(STATUS));
        assertFalse(atRisk("member").contains(key));

        assertEquals(204, member.delete(gains(key) + "/" + gainB).status());
        assertEquals("74.1", fields(key).get(PERCENT));
        assertTrue(atRisk("member").contains(key));

        long version = measured.body().get("gain").get("version").asLong();
        Reply lowered = member.put(gains(key) + "/" + gainA, CARE_HOURS.replace("13650", "14000")
                .replace("{\"type\"", "{\"version\":" + version + ",\"type\""));
        assertEquals(lowered.body().toString(), 200, lowered.status());
        assertEquals(Map.of(PERCENT, "100", STATUS, "Realised", NEXT, "2022-01-31", VALUE, "750000"), fields(key));
        assertFalse(atRisk("member").contains(key));

        long measurement = measured.body().get("measurement").get("id").asLong();
        assertEquals(200, member.delete(gains(key) + "/" + gainA + "/measurements/" + measurement
                + "?version=" + lowered.body().get("version").asLong()).status());
        assertEquals(Map.of(PERCENT, "0", STATUS, "Not started", NEXT, "2021-02-01", VALUE, "0"), fields(key));

        assertEquals(204, member.delete(gains(key) + "/" + gainA).status());
        assertEquals("no gains: every field is cleared", Map.of(), fields(key));
    }

    @Test
    public void searchOnlyShowsWhatTheUserMayBrowseAndRefusesUnknownFields() throws Exception {
        String key = atRiskInitiative("Søgning og rettigheder");
        assertTrue(atRisk("viewer").contains(key));
        assertFalse(atRisk("outsider").contains(key));
        assertEquals(0, search("outsider", AT_RISK_JQL).get("total").asInt());

        HttpResponse<String> unknown = get("/issues/?jql=" + encode("\"Gevinst\" = 3"), "member", true);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("does not exist"));
        HttpResponse<String> badOption = get("/issues/?jql=" + encode("\"Gain status\" = \"Doing fine\""), "member", true);
        assertEquals(400, badOption.statusCode());
        HttpResponse<String> html = get("/issues/?jql=" + AT_RISK_JQL, "member", false);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("data-issuekey=\"" + key + "\""));
        assertTrue(html.body().contains("<th>Gain realised %</th>"));
    }

    @Test
    public void aWriteJiraRefusesWaitsAndIsRetriedAtTheNextChange() throws Exception {
        String key = newInitiative("Gevinster uden kontekst");
        long gain = member.post(gains(key), CARE_HOURS).body().get("id").asLong();
        SandboxCustomFields customFields = sandbox.component(SandboxCustomFields.class);
        List<SandboxCustomField> ours = customFields.manager().all();
        // An administrator takes DEMO out of the fields' context: Jira now refuses the values for DEMO issues.
        for (SandboxCustomField field : ours) {
            FieldConfigScheme scheme = field.getConfigurationSchemes().get(0);
            customFields.schemes().updateFieldConfigScheme(scheme, List.of(new ProjectContext(10001L)), field);
        }
        try {
            Reply measured = member.post(gains(key) + "/" + gain + "/measurements", "{\"value\":14000,\"date\":\"2021-12-31\"}");
            assertEquals("the gain change itself succeeds", 201, measured.status());
            assertEquals("the old values stay until Jira takes the new ones", "0", fields(key).get(PERCENT));
            String adminPage = page("/plugins/servlet/roadmap/admin", "admin");
            assertTrue(adminPage, adminPage.contains("roadmap-searchfields-pending"));
        } finally {
            // Setting the project up again puts DEMO back into the fields' context.
            assertEquals(200, admin.post("/projects/DEMO/setup", "{}").status());
        }
        // The next change anywhere in DEMO retries the waiting initiative.
        newInitiativeWithGain("Næste ændring");
        assertEquals("74.1", fields(key).get(PERCENT));
        assertFalse(page("/plugins/servlet/roadmap/admin", "admin").contains("roadmap-searchfields-pending"));
    }

    @Test
    public void recalculationRepairsFieldsThatDriftedAndReportsWhatItDid() throws Exception {
        String key = atRiskInitiative("Genberegning");
        long issueId = issueId(key);
        // The fields drift (for example restored from an old backup): the values are gone.
        sandbox.component(JiraStore.class).write(d -> d.customFieldValues.remove(issueId));
        assertEquals(Map.of(), fields(key));
        assertFalse(atRisk("member").contains(key));

        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String form = browser.send(request("/plugins/servlet/roadmap/admin", "admin").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(form.contains("roadmap-searchfields-form"));
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(token.find());

        HttpResponse<String> forged = browser.send(request("/plugins/servlet/roadmap/admin", "admin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=recalculate&projectKey=DEMO")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("no atl_token, no recalculation", 403, forged.statusCode());
        assertEquals(Map.of(), fields(key));

        HttpResponse<String> done = browser.send(request("/plugins/servlet/roadmap/admin", "admin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=recalculate&projectKey=DEMO&atl_token="
                        + encode(token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(done.body(), 200, done.statusCode());
        Matcher report = Pattern.compile("(\\d+) updated, (\\d+) failed").matcher(done.body());
        assertTrue(done.body(), report.find());
        assertTrue(Integer.parseInt(report.group(1)) >= 1);
        assertEquals("0", report.group(2));
        assertEquals("74.1", fields(key).get(PERCENT));
        assertTrue(atRisk("member").contains(key));

        // "All projects" (empty project key) works too.
        HttpResponse<String> all = browser.send(request("/plugins/servlet/roadmap/admin", "admin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=recalculate&projectKey=&atl_token="
                        + encode(token.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, all.statusCode());
        assertTrue(all.body().contains("0 failed"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static String newInitiative(String summary) throws Exception {
        Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}");
        assertEquals(created.body().toString(), 201, created.status());
        return created.body().get("key").asText();
    }

    private static String newInitiativeWithGain(String summary) throws Exception {
        String key = newInitiative(summary);
        assertEquals(201, member.post(gains(key), CARE_HOURS).status());
        return key;
    }

    /** An initiative that matches the JQL: one gain at 74.1 % whose target date has passed. */
    private static String atRiskInitiative(String summary) throws Exception {
        String key = newInitiative(summary);
        long gain = member.post(gains(key), CARE_HOURS).body().get("id").asLong();
        assertEquals(201, member.post(gains(key) + "/" + gain + "/measurements",
                "{\"value\":14000,\"date\":\"2021-12-31\"}").status());
        assertTrue(atRisk("member").contains(key));
        return key;
    }

    private static String gains(String key) {
        return "/initiatives/" + key + "/gains";
    }

    private static long issueId(String key) {
        return sandbox.component(JiraStore.class).read(d -> d.issues.stream().filter(i -> i.key().equals(key))
                .findFirst().orElseThrow().id());
    }

    /** Keys the at-risk JQL finds for the user. */
    private static List<String> atRisk(String user) throws Exception {
        List<String> keys = new ArrayList<>();
        search(user, AT_RISK_JQL).get("issues").forEach(i -> keys.add(i.get("key").asText()));
        return keys;
    }

    /** The search fields of one issue, by field name, as the issue search shows them. */
    private static Map<String, String> fields(String key) throws Exception {
        for (JsonNode issue : search("member", encode("project = DEMO")).get("issues")) {
            if (issue.get("key").asText().equals(key)) {
                Map<String, String> values = new LinkedHashMap<>();
                issue.get("fields").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
                return values;
            }
        }
        throw new AssertionError(key + " not found in DEMO");
    }

    private static JsonNode search(String user, String encodedJql) throws Exception {
        HttpResponse<String> response = get("/issues/?jql=" + encodedJql, user, true);
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static String page(String path, String user) throws Exception {
        HttpResponse<String> response = get(path, user, false);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static HttpResponse<String> get(String path, String user, boolean json) throws Exception {
        HttpRequest.Builder builder = request(path, user);
        if (json) {
            builder.header("Accept", "application/json");
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
