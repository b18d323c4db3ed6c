package no.veikart.roadmap.gain.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.issue.IssueManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.platform.jira.JiraGainsFieldSetup;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.jira.JiraData;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The "Gains" custom field end to end in the sandbox: project set-up creates one field of the plugin's own type for the
 * initiative issue type, once per Jira (a second set-up and a second project add nothing but a context; a field an
 * administrator deleted is created again); the issue view shows it on initiatives only, with the editing controls
 * only for those who may edit; the issue navigator shows its column view.
 */
public class GainFieldIT {
    private static final String CARE_HOURS = "{\"type\":\"TIME\",\"title\":\"Færre plejetimer\",\"unit\":\"HOURS\","
            + "\"baseline\":{\"value\":15000,\"date\":\"2021-01-01\"},\"target\":{\"value\":13650,\"date\":\"2021-12-31\"},"
            + "\"frequency\":\"MONTHLY\"}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Sandbox sandbox;
    private static RestClient admin;
    private static RestClient member;
    private static Reply firstSetup;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-gain-field-it"), false);
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        firstSetup = admin.post("/projects/DEMO/setup", "{}");
        assertEquals(firstSetup.body().toString(), 200, firstSetup.status());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void setUpCreatesOneGainsFieldForInitiativesAndNeverASecond() throws Exception {
        assertEquals("Gains", firstSetup.body().get("gainsField").asText());
        assertEquals("the four search fields are reported as before", 4, firstSetup.body().get("searchFields").size());
        JiraData.CustomFieldRow field = onlyGainsField();
        assertNull("no searcher: JQL uses the standard gain fields", field.searcherKey());
        assertEquals(List.of(10000L), field.projectIds());
        assertEquals("only the initiative issue type", List.of(initiativeTypeId()), field.issueTypeIds());

        Reply again = admin.post("/projects/DEMO/setup", "{}");
        assertEquals(0, again.body().get("created").asInt());
        assertEquals("Gains", again.body().get("gainsField").asText());
        Reply helse = admin.post("/projects/HELSE/setup", "{}");
        assertEquals(helse.body().toString(), 200, helse.status());
        assertEquals(0, helse.body().get("created").asInt());
        JiraData.CustomFieldRow both = onlyGainsField();
        assertEquals(field.id(), both.id());
        assertEquals(List.of(10000L, 10001L), both.projectIds());
        assertEquals(List.of(initiativeTypeId()), both.issueTypeIds());

        // An administrator deletes the field: the next set-up creates it again (and reports it).
        sandbox.component(JiraStore.class).write(d -> d.customFields.removeIf(f -> f.id() == field.id()));
        Reply recreated = admin.post("/projects/DEMO/setup", "{}");
        assertEquals(1, recreated.body().get("created").asInt());
        assertTrue(onlyGainsField().id() != field.id());
        assertEquals(0, admin.post("/projects/DEMO/setup", "{}").body().get("created").asInt());
    }

    @Test
    public void theIssueViewShowsTheFieldsSummaryLineAndLinksToThePanel() throws Exception {
        String key = newInitiative("Gevinstfeltet");
        long gain = member.post(gains(key), CARE_HOURS).body().get("id").asLong();
        assertEquals(201, member.post(gains(key) + "/" + gain + "/measurements",
                "{\"value\":14000,\"date\":\"2021-12-31\"}").status());
        String fieldId = "customfield_" + onlyGainsField().id();

        String memberPage = page("/browse/" + key, "member");
        String value = fieldValue(memberPage, fieldId);
        assertTrue(value, value.contains("class=\"roadmap-gain-field\""));
        assertTrue(value, value.contains(">1 gain</span>"));
        // (15000 − 14000) / (15000 − 13650) = 74.1 %, and the target date has passed: at risk.
        assertTrue(value, value.contains(">74.1% realised</span>"));
        assertTrue(value, value.contains("roadmap-gain-field-status\" data-status=\"AT_RISK\">At risk</span>"));
        assertTrue("a link to the panel", value.contains("href=\"#roadmap-gains\""));
        assertFalse("no cards or charts a second time", value.contains("roadmap-gain-actual-point"));
        assertFalse("the dialogs are the panel's", value.contains("roadmap-gain-add") || value.contains("role=\"dialog\""));
        assertTrue("the panel is on the page, with its cards", memberPage.contains("id=\"roadmap-gains\"")
                && memberPage.contains("roadmap-gain-actual-point"));
        assertFalse(memberPage, memberPage.contains("roadmap-sandbox-render-error"));

        String viewerPage = page("/browse/" + key, "viewer");
        String viewerValue = fieldValue(viewerPage, fieldId);
        assertTrue(viewerValue, viewerValue.contains(">74.1% realised</span>"));
        assertFalse(viewerValue, viewerValue.contains("roadmap-gain-measure"));
        assertFalse(viewerPage, viewerPage.contains("roadmap-sandbox-render-error"));

        String phaseKey = member.get("/initiatives/" + key).body().get("phases").get(0).get("key").asText();
        String phasePage = page("/browse/" + phaseKey, "member");
        assertFalse("the field belongs to the initiative", phasePage.contains(fieldId + "-val"));
        assertTrue("the panel shows the initiative's gains", phasePage.contains("id=\"roadmap-gains\""));

        String empty = newInitiative("Ingen gevinster endnu");
        String emptyValue = fieldValue(page("/browse/" + empty, "member"), fieldId);
        assertTrue(emptyValue, emptyValue.contains(">No gains</span>"));
        assertTrue(emptyValue, emptyValue.contains("href=\"#roadmap-gains\""));
    }

    @Test
    public void theEditScreenShowsTheReadOnlySummaryAndNoInput() throws Exception {
        String key = newInitiative("Redigeringsbildet");
        assertEquals(201, member.post(gains(key), CARE_HOURS).status());
        long id = sandbox.component(IssueManager.class).getIssueObject(key).getId();
        String fieldId = "customfield_" + onlyGainsField().id();

        String page = page("/secure/EditIssue!default.jspa?id=" + id, "member");
        Matcher field = Pattern.compile("<div id=\"" + fieldId + "-edit\" class=\"roadmap-sandbox-edit-field\">(.*?)"
                + "</div>\\s*</div>", Pattern.DOTALL).matcher(page);
        assertTrue(page, field.find());
        assertTrue(field.group(1), field.group(1).contains("<label>Gains</label>"));
        assertTrue(field.group(1), field.group(1).contains("1 gain · 0% · <span class=\"aui-lozenge \">Not started</span>"));
        assertTrue(field.group(1), field.group(1).contains("add gains and record measurements in the Gain realisation panel"));
        assertFalse(field.group(1), field.group(1).contains("<input"));
        assertFalse(page, page.contains("roadmap-sandbox-render-error"));
        assertEquals("a viewer may not edit", 403, get("/secure/EditIssue!default.jspa?id=" + id, "viewer").statusCode());
    }

    @Test
    public void theIssueNavigatorShowsTheColumnView() throws Exception {
        String key = newInitiative("Kolonnen");
        assertEquals(201, member.post(gains(key), CARE_HOURS).status());
        HttpResponse<String> navigator = get("/issues/?jql=" + encode("project = DEMO"), "member");
        assertEquals(200, navigator.statusCode());
        String html = navigator.body();
        assertTrue(html, html.contains("<th>Gains</th>"));
        Matcher row = Pattern.compile("data-issuekey=\"" + key + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(html, row.find());
        assertTrue(row.group(1), row.group(1).contains("class=\"roadmap-gain-column\" data-gains=\"1\" data-status=\"NOT_STARTED\""));
        assertTrue(row.group(1), row.group(1).contains("1 gain</span> · <span class=\"roadmap-gain-column-percent\">0%</span>"));
        assertTrue(row.group(1), row.group(1).contains(">Not started</span>"));
        assertFalse(html.contains("roadmap-sandbox-render-error"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static JiraData.CustomFieldRow onlyGainsField() {
        List<JiraData.CustomFieldRow> rows = sandbox.component(JiraStore.class).read(d -> new ArrayList<>(d.customFields
                .stream().filter(f -> JiraGainsFieldSetup.TYPE_KEY.equals(f.typeKey())).toList()));
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static String initiativeTypeId() {
        return sandbox.component(JiraStore.class).read(d -> d.issueTypes.stream()
                .filter(t -> t.name().equals("Service innovation initiative")).findFirst().orElseThrow().id());
    }

    /** The rendered value of a custom field on the issue view (up to the module after Details). */
    private static String fieldValue(String page, String fieldId) {
        int start = page.indexOf("id=\"" + fieldId + "-val\"");
        assertTrue(fieldId + " not on the page", start >= 0);
        int end = page.indexOf("id=\"descriptionmodule\"", start);
        assertTrue(end > start);
        return page.substring(start, end);
    }

    private static String newInitiative(String summary) throws Exception {
        Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}");
        assertEquals(created.body().toString(), 201, created.status());
        return created.body().get("key").asText();
    }

    private static String gains(String key) {
        return "/initiatives/" + key + "/gains";
    }

    private static String page(String path, String user) throws Exception {
        HttpResponse<String> response = get(path, user);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
