package no.veikart.roadmap.sandbox;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The sandbox host over plain HTTP: login page, redirects, basic auth, REST guards, and state across a restart. */
public class SandboxHttpIT {

    private static final String TEMPLATES = "/rest/roadmap/1.0/templates";
    private static final String INITIATIVES = "/rest/roadmap/1.0/initiatives";

    private static Path home;
    private static Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeClass
    public static void start() throws IOException {
        home = Files.createTempDirectory("roadmap-http-home");
        sandbox = Sandbox.start(0, home);
    }

    @AfterClass
    public static void stop() throws IOException {
        if (sandbox != null) {
            sandbox.stop();
        }
        deleteTree(home);
    }

    @Test
    public void loginPageIsServed() throws Exception {
        HttpResponse<String> r = get(sandbox, "/login.jsp", null);
        assertEquals(200, r.statusCode());
        assertThat(r.body(), containsString("id=\"login-form\""));
        assertThat(r.body(), containsString("aui-prototyping.css"));
    }

    @Test
    public void adminReachesTheRoadmapAdminPageThroughTheAdministrationMenu() throws Exception {
        String dashboard = get(sandbox, "/secure/Dashboard.jspa", "admin:admin").body();
        // Jira's way: our web-section in admin_plugins_menu, labelled, then its web-item.
        Matcher item = Pattern.compile("<aui-section id=\"admin_plugins_menu/roadmap\" label=\"Service innovation "
                + "roadmap\"><aui-item-link id=\"roadmap-admin-link\" href=\"([^\"]+)\">Templates and project set-up"
                + "</aui-item-link>").matcher(dashboard);
        assertTrue("the admin menu lists the roadmap section and its item:\n" + dashboard, item.find());

        HttpResponse<String> page = get(sandbox, item.group(1).substring("/jira".length()), "admin:admin");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("id=\"roadmap-admin\""));

        String memberDashboard = get(sandbox, "/secure/Dashboard.jspa", "member:member").body();
        assertFalse("no administration menu for a member", memberDashboard.contains("admin_plugins_menu/roadmap"));
    }

    @Test
    public void dashboardRedirectsAnonymousVisitorsToLogin() throws Exception {
        HttpResponse<String> r = get(sandbox, "/secure/Dashboard.jspa", null);
        assertEquals(302, r.statusCode());
        assertThat(r.headers().firstValue("Location").orElse(""),
                startsWith("/jira/login.jsp?os_destination=%2Fsecure%2FDashboard.jspa"));
    }

    @Test
    public void basicAuthLogsInForOneRequest() throws Exception {
        HttpResponse<String> r = get(sandbox, "/secure/Dashboard.jspa", "admin:admin");
        assertEquals(200, r.statusCode());
        assertEquals("admin", r.headers().firstValue("X-AUSERNAME").orElse(""));
        assertThat(r.body(), containsString("Anne Admin"));

        HttpResponse<String> wrong = get(sandbox, "/secure/Dashboard.jspa", "admin:nope");
        assertEquals(401, wrong.statusCode());
    }

    @Test
    public void restWithoutLoginIs401Json() throws Exception {
        HttpResponse<String> r = get(sandbox, TEMPLATES, null);
        assertEquals(401, r.statusCode());
        assertThat(r.headers().firstValue("Content-Type").orElse(""), startsWith("application/json"));
        assertThat(r.body(), containsString("\"errors\""));
    }

    @Test
    public void plainTextPostWithoutXsrfHeaderIs403() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + INITIATIVES))
                .header("Authorization", basic("admin:admin"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectKey\":\"DEMO\",\"summary\":\"forged\"}"))
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(403, r.statusCode());
        assertThat(r.body(), containsString("roadmap.error.xsrf"));
    }

    @Test
    public void crossOriginJsonPostIs403() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + INITIATIVES))
                .header("Authorization", basic("admin:admin"))
                .header("Content-Type", "application/json")
                .header("Origin", "http://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectKey\":\"DEMO\",\"summary\":\"forged\"}"))
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(403, r.statusCode());
        assertThat(r.body(), containsString("roadmap.error.xsrf"));
    }

    @Test
    public void restartWithTheSameHomeKeepsCreatedIssues() throws Exception {
        Path restartHome = Files.createTempDirectory("roadmap-restart-home");
        Sandbox first = Sandbox.start(0, restartHome);
        String key;
        try {
            key = createTask(first, "Survives a restart: trygghetsalarm");
        } finally {
            first.stop();
        }
        Sandbox second = Sandbox.start(0, restartHome);
        try {
            assertNotNull(second.component(IssueManager.class).getIssueObject(key));
            HttpResponse<String> page = get(second, "/browse/" + key, "admin:admin");
            assertEquals(200, page.statusCode());
            assertThat(page.body(), containsString("Survives a restart: trygghetsalarm"));
            String next = createTask(second, "Numbering continues");
            assertEquals("DEMO-" + (number(key) + 1), next);
        } finally {
            second.stop();
            deleteTree(restartHome);
        }
    }

    private static int number(String issueKey) {
        return Integer.parseInt(issueKey.substring(issueKey.indexOf('-') + 1));
    }

    private static String createTask(Sandbox s, String summary) {
        ApplicationUser admin = s.user("admin");
        IssueService issues = s.component(IssueService.class);
        IssueInputParameters params = issues.newIssueInputParameters()
                .setProjectId(s.component(ProjectManager.class).getProjectObjByKey("DEMO").getId())
                .setIssueTypeId("10001")
                .setSummary(summary);
        IssueService.CreateValidationResult v = issues.validateCreate(admin, params);
        assertTrue(String.valueOf(v.getErrorCollection()), v.isValid());
        return issues.create(admin, v).getIssue().getKey();
    }

    private HttpResponse<String> get(Sandbox s, String path, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).GET();
        if (credentials != null) {
            b.header("Authorization", basic(credentials));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
