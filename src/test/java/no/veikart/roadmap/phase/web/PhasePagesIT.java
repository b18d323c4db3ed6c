package no.veikart.roadmap.phase.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.testsupport.RestClient;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The servlet pages over HTTP against a sandbox with demo data: permissions and the demo itself (XSRF: security.XsrfIT). */
public class PhasePagesIT {
    private static Sandbox sandbox;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-pages-it"), true);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    @Test
    public void adminPageIsForJiraAdministrators() throws Exception {
        assertEquals(302, get("/plugins/servlet/roadmap/admin", null).statusCode());
        assertEquals(403, get("/plugins/servlet/roadmap/admin", "member").statusCode());
        HttpResponse<String> admin = get("/plugins/servlet/roadmap/admin", "admin");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("roadmap-template-form"));
    }

    @Test
    public void projectPageIsHiddenFromOutsiders() throws Exception {
        assertEquals(404, get("/plugins/servlet/roadmap/project?projectKey=DEMO", "outsider").statusCode());
        HttpResponse<String> viewer = get("/plugins/servlet/roadmap/project?projectKey=DEMO", "viewer");
        assertEquals(200, viewer.statusCode());
        assertTrue("viewer gets no create form", !viewer.body().contains("roadmap-create-form"));
    }

    @Test
    public void demoDataHoldsTheKertemindeCaseAndTheNorwegianInitiative() throws Exception {
        JsonNode demo = new RestClient(sandbox.baseUrl(), "viewer", "viewer").get("/initiatives?project=DEMO").body();
        assertTrue("the demo portfolio has more in DEMO: " + demo.size(), demo.size() > 1);
        JsonNode kerteminde = initiative(demo, "DEMO-1");
        assertTrue(kerteminde.get("summary").asText().contains("Kerteminde"));
        assertEquals("NEW_PRACTICES", kerteminde.get("currentPhase").asText());
        assertEquals("five moves and the pilot's further tests", 6, kerteminde.get("history").size());

        JsonNode helse = initiative(new RestClient(sandbox.baseUrl(), "admin", "admin").get("/initiatives?project=HELSE")
                .body(), "HELSE-1");
        assertEquals("INSIGHT", helse.get("currentPhase").asText());
        assertTrue(helse.get("history").get(0).get("overrideReason").asText().contains("Interessentkartleggingen"));
    }

    private static JsonNode initiative(JsonNode list, String key) {
        for (JsonNode i : list) {
            if (i.get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no " + key + " in " + list);
    }
}
