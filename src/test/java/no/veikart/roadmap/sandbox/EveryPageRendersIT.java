package no.veikart.roadmap.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every page of the demo that renders the plugin's templates (issue view panels and the Gains field, issue navigator
 * column, project page, admin page, dashboard), for an admin and a viewer, with no template calling a
 * method Jira 10+ would block ("Method needs allowlisting", DAC configuring-the-velocity-allowlist).
 */
public class EveryPageRendersIT {

    private static final List<String> PROJECTS = List.of("DEMO", "HELSE");
    private static Path home;
    private static Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeClass
    public static void start() throws Exception {
        home = Files.createTempDirectory("roadmap-pages-home");
        sandbox = Sandbox.start(0, home, true);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (sandbox != null) {
            sandbox.stop();
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    @Test
    public void everyPageRendersWithoutABlockedTemplateCall() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/secure/Dashboard.jspa", "/plugins/servlet/roadmap/admin",
                "/issues/?jql=", "/issues/?jql=project%20%3D%20DEMO"));
        for (String project : PROJECTS) {
            pages.add("/plugins/servlet/roadmap/project?projectKey=" + project);
        }
        int issues = 0;
        for (String project : PROJECTS) {
            for (int n = 1; n < 200 && get("/browse/" + project + "-" + n, "admin").statusCode() == 200; n++) {
                pages.add("/browse/" + project + "-" + n);
                issues++;
            }
        }
        assertTrue("the demo has issues to view: " + issues, issues >= 5);
        StringBuilder seen = new StringBuilder();
        for (String user : List.of("admin", "viewer")) {
            for (String page : pages) {
                HttpResponse<String> r = get(page, user);
                assertTrue(user + " " + page + ": " + r.statusCode(), r.statusCode() < 500);
                seen.append(r.body());
            }
        }
        // The templates with the most to lay out did render: gain charts with measurements, the stakeholder grid.
        for (String part : List.of("roadmap-gain-actual-point", "roadmap-grid-point", "roadmap-phase-current",
                "roadmap-gain-column-percent")) {
            assertTrue(part, seen.indexOf(part) >= 0);
        }
        assertEquals(List.of(), sandbox.velocityAllowlistRefusals());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
