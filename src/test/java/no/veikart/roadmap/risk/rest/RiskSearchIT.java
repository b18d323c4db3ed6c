package no.veikart.roadmap.risk.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue 15: the "Risk level" Jira select field follows every change of a register, so {@code "Risk level" = High}
 * finds initiatives in the sandbox's JQL; the admin page's matrix regions form (XSRF-protected, validated with errors
 * naming the field) recomputes every level and rewrites the field.
 */
public class RiskSearchIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Sandbox sandbox;
    private static RestClient member;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-risk-search-it"), false);
        RestClient admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        Reply setup = admin.post("/projects/DEMO/setup", "{}");
        assertEquals(setup.body().toString(), 200, setup.status());
        assertEquals("set-up creates nothing the second time", 0, admin.post("/projects/DEMO/setup", "{}").body().get("created").asInt());
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    public void theFieldFollowsTheRegisterAndTheRegionsAndJqlFindsIt() throws Exception {
        String key = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Søgbar risiko\"}").body().get("key").asText();
        String risks = "/initiatives/" + key + "/risks";
        assertFalse(found("\"Risk level\" = High", "member").contains(key));

        JsonNode high = member.post(risks, "{\"title\":\"App discontinued\",\"category\":\"SUPPLIER\",\"likelihood\":4,"
                + "\"consequence\":5,\"measures\":[{\"text\":\"Exit clause\"}]}").body();
        member.post(risks, "{\"title\":\"Minor\",\"category\":\"PEOPLE\",\"likelihood\":1,\"consequence\":2}");
        assertTrue(found("\"Risk level\" = High", "member").contains(key));
        assertTrue("browse permission applies", found("\"Risk level\" = High", "viewer").contains(key));
        assertFalse(found("\"Risk level\" = High", "outsider").contains(key));

        // Residual 2 × 4 = 8: the highest level after measures is medium now.
        Reply lowered = member.put(risks + "/" + high.get("id").asLong(), "{\"title\":\"App discontinued\",\"category\":\"SUPPLIER\","
                + "\"likelihood\":4,\"consequence\":5,\"residualLikelihood\":2,\"residualConsequence\":4,\"version\":"
                + high.get("version").asLong() + "}");
        assertEquals(lowered.body().toString(), 200, lowered.status());
        assertFalse(found("\"Risk level\" = High", "member").contains(key));
        assertTrue(found("\"Risk level\" = Medium", "member").contains(key));
        assertEquals(400, get("/issues/?jql=" + encode("\"Risk level\" = Severe"), "member").statusCode());

        // The administrator narrows low to 1–2 and medium to 3–6: 8 is high again, without any risk changing.
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = browser.send(request("/plugins/servlet/roadmap/admin", "admin").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("roadmap-settings-riskRegions-form"));
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find());
        String atl = "&atl_token=" + encode(token.group(1));

        HttpResponse<String> forged = post(browser, "action=settings&group=riskRegions&lowMax=2&mediumMax=6");
        assertEquals("no atl_token, no change", 403, forged.statusCode());
        HttpResponse<String> refused = post(browser, "action=settings&group=riskRegions&lowMax=two&mediumMax=1" + atl);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("lowMax: Low: highest score must be a number."));
        assertTrue(refused.body(), refused.body().contains("mediumMax: Medium: highest score must be between 2 and 24."));
        assertTrue("what was typed is shown again", refused.body().contains("value=\"two\""));
        assertEquals("MEDIUM", member.get(risks).body().get("risks").get(0).get("effectiveResidualLevel").asText());

        HttpResponse<String> saved = post(browser, "action=settings&group=riskRegions&lowMax=2&mediumMax=6" + atl);
        assertEquals(saved.body(), 200, saved.statusCode());
        assertEquals("HIGH", member.get(risks).body().get("risks").get(0).get("effectiveResidualLevel").asText());
        assertTrue(found("\"Risk level\" = High", "member").contains(key));
        HttpResponse<String> member = HTTP.send(request("/plugins/servlet/roadmap/admin", "member")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=settings&group=riskRegions&lowMax=9&mediumMax=16")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, member.statusCode());
        // Back to the default, so the order of the tests does not matter.
        assertEquals(200, post(browser, "action=settings&group=riskRegions&lowMax=4&mediumMax=9" + atl).statusCode());

        for (JsonNode r : RiskSearchIT.member.get(risks).body().get("risks")) {
            assertEquals(204, RiskSearchIT.member.delete(risks + "/" + r.get("id").asLong()).status());
        }
        assertFalse("no risks: the field is cleared", found("\"Risk level\" = Medium", "member").contains(key));
    }

    private static HttpResponse<String> post(HttpClient browser, String form) throws Exception {
        return browser.send(request("/plugins/servlet/roadmap/admin", "admin").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> found(String jql, String user) throws Exception {
        HttpResponse<String> response = HTTP.send(request("/issues/?jql=" + encode(jql), user).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(response.body(), 200, response.statusCode());
        List<String> keys = new ArrayList<>();
        JSON.readTree(response.body()).get("issues").forEach(i -> keys.add(i.get("key").asText()));
        return keys;
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return HTTP.send(request(path, user).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
