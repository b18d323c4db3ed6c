package no.veikart.roadmap.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.sandbox.jira.JiraData;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxDashboards;
import no.veikart.roadmap.sandbox.jira.SandboxFilters;
import no.veikart.roadmap.sandbox.jira.SandboxUsers;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The sandbox dashboard over HTTP: the gadget directory lists the plugin's dashboard item, adding and removing gadgets
 * are XSRF-protected form posts, preferences are saved only by the dashboard's owner with Jira's REST XSRF header,
 * and they reach the page HTML-encoded inside a JSON block nothing can break out of. Saved filters, which the portfolio
 * gadget offers, are saved from the issue navigator with an XSRF-protected form and listed by Jira's filter REST API.
 */
public class SandboxDashboardIT {

    private static final String MODULE = "no.veikart.service-innovation-roadmap:portfolio-gadget";
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    private static Sandbox sandbox;
    private static SandboxDashboards dashboards;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeClass
    public static void start() throws IOException {
        Path home = Files.createTempDirectory("roadmap-dashboard-it");
        sandbox = Sandbox.start(0, home, false);
        dashboards = new SandboxDashboards(sandbox.component(JiraStore.class));
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    private static String key(String username) {
        return sandbox.component(SandboxUsers.class).byName(username).orElseThrow().getKey();
    }

    @Test
    public void directoryListsTheDashboardItemAndAddingNeedsTheFormToken() throws Exception {
        HttpResponse<String> page = send(get("/secure/Dashboard.jspa", "viewer"));
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("data-module-key=\"" + MODULE + "\""));
        assertThat(page.body(), containsString("/jira/download/resources/no.veikart.service-innovation-roadmap:"
                + "roadmap-portfolio-gadget-resources/portfolio-thumbnail.svg"));
        HttpResponse<byte[]> thumbnail = http.send(get("/download/resources/no.veikart.service-innovation-roadmap:"
                + "roadmap-portfolio-gadget-resources/portfolio-thumbnail.svg", "viewer").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, thumbnail.statusCode());
        assertEquals("image/svg+xml", thumbnail.headers().firstValue("Content-Type").orElse(""));

        String form = "action=add&moduleKey=" + URLEncoder.encode(MODULE, StandardCharsets.UTF_8);
        assertEquals(403, send(post("/secure/Dashboard.jspa", "viewer", form, null)).statusCode());
        assertEquals(List.of(), dashboards.itemsOf(key("viewer")));

        String token = token(page);
        HttpResponse<String> added = send(post("/secure/Dashboard.jspa", "viewer", form + "&atl_token=" + token, token));
        assertEquals(302, added.statusCode());
        List<JiraData.DashboardItemRow> items = dashboards.itemsOf(key("viewer"));
        assertEquals(1, items.size());
        assertEquals(MODULE, items.get(0).moduleKey());
        assertThat(added.headers().firstValue("Location").orElse(""), containsString("#gadget-" + items.get(0).id()));

        String unknown = "action=add&moduleKey=nope&atl_token=" + token;
        assertEquals(400, send(post("/secure/Dashboard.jspa", "viewer", unknown, token)).statusCode());

        String remove = "action=remove&gadgetId=" + items.get(0).id() + "&atl_token=" + token;
        assertEquals(302, send(post("/secure/Dashboard.jspa", "viewer", remove, token)).statusCode());
        assertEquals(List.of(), dashboards.itemsOf(key("viewer")));
    }

    @Test
    public void onlyTheOwnerSavesPreferencesAndTheyReachThePageEncoded() throws Exception {
        long id = dashboards.add(key("member"), MODULE).id();
        String path = "/rest/sandbox/1.0/dashboard-items/" + id + "/preferences";
        String body = "{\"isConfigured\":true,\"projects\":\"</script><b>DEMO\",\"refresh\":15,\"skip\":null}";

        assertEquals(401, send(put(path, null, body, true)).statusCode());
        assertEquals(403, send(put(path, "member", body, false)).statusCode());
        assertEquals(404, send(put(path, "viewer", body, true)).statusCode());
        assertEquals(400, send(put(path, "member", "[1, 2]", true)).statusCode());
        assertEquals(400, send(put(path, "member", "{not json", true)).statusCode());

        HttpResponse<String> saved = send(put(path, "member", body, true));
        assertEquals(200, saved.statusCode());
        assertThat(saved.body(), containsString("\"projects\":\"&lt;/script&gt;&lt;b&gt;DEMO\""));
        assertEquals(Map.of("isConfigured", "true", "projects", "</script><b>DEMO", "refresh", "15"),
                dashboards.item(key("member"), id).orElseThrow().preferences());

        String page = send(get("/secure/Dashboard.jspa", "member")).body();
        assertThat(page, containsString("data-gadget-id=\"" + id + "\""));
        assertThat(page, containsString("data-amd-module=\"no/veikart/roadmap/portfolio-gadget\""));
        assertThat(page, not(containsString("</script><b>")));
        assertThat(page, containsString("\\u0026lt;/script\\u0026gt;"));
        assertTrue(page.contains("/jira/s/amd/almond.js"));
    }

    @Test
    public void filtersAreSavedFromTheNavigatorAndPrivateOnesStayTheirOwners() throws Exception {
        String jql = "project = HELSE";
        HttpResponse<String> page = send(get("/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8), "member"));
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("id=\"save-filter-form\""));
        String token = token(page);
        String form = "jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8) + "&filterName="
                + URLEncoder.encode("Helse <mine>", StandardCharsets.UTF_8);

        assertEquals(403, send(post("/issues/", "member", form, null)).statusCode());
        assertEquals(400, send(post("/issues/", "member", "jql=x&filterName=%20&atl_token=" + token, token))
                .statusCode());
        HttpResponse<String> badJql = send(post("/issues/", "member",
                "jql=project%20%3D%3D&filterName=x&atl_token=" + token, token));
        assertEquals(400, badJql.statusCode());
        assertThat(badJql.body(), containsString("id=\"filter-error\""));
        int before = sandbox.component(SandboxFilters.class).visibleTo(sandbox.user("admin")).size();

        HttpResponse<String> saved = send(post("/issues/", "member", form + "&atl_token=" + token, token));
        assertEquals(302, saved.statusCode());
        String location = saved.headers().firstValue("Location").orElse("");
        Matcher id = Pattern.compile("/issues/\\?filter=(\\d+)$").matcher(location);
        assertTrue(location, id.find());
        HttpResponse<String> shown = send(get("/issues/?filter=" + id.group(1), "member"));
        assertEquals(200, shown.statusCode());
        assertThat(shown.body(), containsString("<h2 id=\"filter-name\">Helse &lt;mine&gt;</h2>"));
        assertThat(send(get("/rest/api/2/filter/favourite", "member")).body(),
                containsString("\"name\":\"Helse <mine>\",\"description\":null,\"jql\":\"project = HELSE\""));

        assertEquals("not shared: the admin does not see it", 400,
                send(get("/issues/?filter=" + id.group(1), "admin")).statusCode());
        assertEquals(400, send(get("/rest/api/2/filter/" + id.group(1), "admin")).statusCode());
        assertEquals(before, sandbox.component(SandboxFilters.class).visibleTo(sandbox.user("admin")).size());
        assertEquals(401, send(get("/rest/api/2/filter/favourite", null)).statusCode());
    }

    private String token(HttpResponse<String> page) {
        Matcher m = TOKEN.matcher(page.body());
        assertTrue("the page has a form token", m.find());
        return m.group(1);
    }

    private HttpRequest.Builder get(String path, String user) {
        return auth(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).GET(), user);
    }

    private HttpRequest.Builder post(String path, String user, String form, String cookieToken) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookieToken != null) {
            b.header("Cookie", "atlassian.xsrf.token=" + cookieToken);
        }
        return auth(b, user);
    }

    private HttpRequest.Builder put(String path, String user, String json, boolean xsrfHeader) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (xsrfHeader) {
            b.header("X-Atlassian-Token", "no-check");
        }
        return auth(b, user);
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder b, String user) {
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
