package no.veikart.roadmap.security;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.security.Endpoints.Endpoint;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Cross-site request forgery against every state change. REST (Jira's rules): a POST, PUT or DELETE without
 * {@code X-Atlassian-Token: no-check} that a browser could send from another site (a form content type, no content
 * type, or an {@code Origin}/{@code Referer} of another site) is refused with 403 and changes nothing. Forms: every
 * {@code roadmap-*-form} the plugin's pages render is refused without a valid {@code atl_token}. Each endpoint and
 * form is also sent the honest way, so that the refusals are the token's doing.
 */
public class XsrfIT {
    private static final String XSRF_KEY = "roadmap.error.xsrf";
    private static final String EVIL = "https://evil.example";

    private static Sandbox sandbox;
    private static Http http;
    private static Scenario scenario;
    private static PageForms forms;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-xsrf"), true);
        http = new Http(sandbox.baseUrl());
        scenario = new Scenario(http, () -> PermissionMatrixIT.hostState(sandbox));
        forms = new PageForms(http, scenario, PermissionMatrix.load(), Sandbox.CONTEXT_PATH);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    /** A forged request: its headers (never the XSRF header) and whether the body is sent as it is. */
    private record Forgery(String name, Map<String, String> headers) {
    }

    private static List<Forgery> forgeries(String sameOrigin) {
        return List.of(
                new Forgery("text/plain body (a cross-site form with enctype=text/plain)", Map.of("Content-Type", "text/plain")),
                new Forgery("form-urlencoded body", Map.of("Content-Type", "application/x-www-form-urlencoded")),
                new Forgery("multipart body", Map.of("Content-Type", "multipart/form-data; boundary=x")),
                new Forgery("no content type", Map.of()),
                new Forgery("JSON with Origin of another site", Map.of("Content-Type", "application/json", "Origin", EVIL)),
                new Forgery("JSON with Origin null (sandboxed frame)", Map.of("Content-Type", "application/json", "Origin", "null")),
                new Forgery("JSON with Referer of another site",
                        Map.of("Content-Type", "application/json", "Referer", EVIL + "/page.html")),
                new Forgery("text/plain with this site's Referer", Map.of("Content-Type", "text/plain", "Referer", sameOrigin + "/")));
    }

    @Test
    public void everyRestStateChangeRefusesCrossSiteRequestsWithoutTheHeader() {
        List<String> failures = new ArrayList<>();
        List<Endpoint> changes = Endpoints.discover().stream().filter(Endpoint::stateChanging).toList();
        String origin = sandbox.baseUrl().substring(0, sandbox.baseUrl().indexOf('/', "http://".length()));
        Map<String, String> state = scenario.snapshot();
        int forged = 0;
        int honest = 0;
        for (Endpoint e : changes) {
            for (String user : List.of("member", "admin")) {
                for (Forgery f : forgeries(origin)) {
                    Scenario.Request r = scenario.request(e, "-", "");
                    byte[] body = r.body() == null ? null : r.body().getBytes(StandardCharsets.UTF_8);
                    Map<String, String> headers = new LinkedHashMap<>(f.headers());
                    headers.put("Accept", "application/json");
                    Http.Reply reply = http.send(r.method(), Http.REST + r.path(), user, headers, body);
                    forged++;
                    String what = e.id() + " as " + user + ", " + f.name();
                    if (reply.status() != 403 || !reply.body().contains(XSRF_KEY)) {
                        failures.add(what + ": expected 403 " + XSRF_KEY + ", got " + reply.status() + " "
                                + PermissionMatrixIT.abbreviate(reply.body()));
                    }
                    Map<String, String> now = scenario.snapshot();
                    if (!now.equals(state)) {
                        failures.add(what + ": changed data:\n" + PermissionMatrixIT.difference(state, now));
                        state = scenario.renewChanged(state, now);
                    }
                }
            }
            // Honest: a script with the header, and the plugin's own page (same origin, JSON) without it.
            for (Map<String, String> headers : List.of(Map.of("X-Atlassian-Token", "no-check"), Map.of("Origin", origin))) {
                Scenario.Request r = scenario.request(e, "-", "");
                Map<String, String> h = new LinkedHashMap<>(headers);
                h.put("Content-Type", "application/json");
                h.put("Accept", "application/json");
                Http.Reply reply = http.send(r.method(), Http.REST + r.path(), "admin", h,
                        r.body() == null ? null : r.body().getBytes(StandardCharsets.UTF_8));
                honest++;
                if (reply.status() / 100 != 2) {
                    failures.add(e.id() + " as admin with " + headers + ": expected 2xx, got " + reply.status() + " "
                            + PermissionMatrixIT.abbreviate(reply.body()));
                }
                state = scenario.renewChanged(state, scenario.snapshot());
            }
        }
        System.out.println("xsrf-rest: endpoints=" + changes.size() + " forged=" + forged + " refused=" + (forged - count(failures, "expected 403"))
                + " honest=" + honest);
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    @Test
    public void everyFormRefusesPostsWithoutAValidToken() {
        List<String> failures = new ArrayList<>();
        Map<String, String> state = scenario.snapshot();
        int forged = 0;
        for (String cssClass : forms.pageOfForm().keySet()) {
            for (PageForms.Token token : List.of(PageForms.Token.NONE, PageForms.Token.WRONG, PageForms.Token.FIELD_WITHOUT_COOKIE)) {
                HtmlForms.Form form = forms.form(cssClass, "-");
                Http.Reply reply = forms.submit(form, "admin", token);
                forged++;
                if (reply.status() != 403) {
                    failures.add(cssClass + " with token " + token + ": expected 403, got " + reply.status());
                }
                Map<String, String> now = scenario.snapshot();
                if (!now.equals(state)) {
                    failures.add(cssClass + " with token " + token + ": changed data:\n" + PermissionMatrixIT.difference(state, now));
                    state = scenario.renewChanged(state, now);
                }
            }
            Http.Reply valid = forms.submit(forms.form(cssClass, "-"), "admin", PageForms.Token.VALID);
            if (valid.status() != 200 && valid.status() != 302) {
                failures.add(cssClass + " with a valid token: expected 200 or 302, got " + valid.status());
            }
            state = scenario.renewChanged(state, scenario.snapshot());
        }
        System.out.println("xsrf-forms: forms=" + forms.pageOfForm().size() + " forged=" + forged
                + " refused=" + (forged - count(failures, "expected 403")));
        assertTrue("no form found on the pages of the matrix", !forms.pageOfForm().isEmpty());
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    private static int count(List<String> failures, String text) {
        return (int) failures.stream().filter(f -> f.contains(text)).count();
    }
}
