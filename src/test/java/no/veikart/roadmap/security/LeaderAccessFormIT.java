package no.veikart.roadmap.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Hostile input on the leader access form of the reporting admin page (HostileInputIT covers the REST twin): each
 * post breaks one field of the valid form; the answer is a refusal in the administrator's language (Norwegian here),
 * never a 5xx, and the stored settings stay as they were. Two honest posts then prove the refusals were the input's
 * doing, and that a form rendered before another save is refused (409) without touching that save.
 */
public class LeaderAccessFormIT {
    private static final String FORM = "roadmap-leader-access-form";
    private static Sandbox sandbox;
    private static Http http;
    private static PageForms forms;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-leader-form"), true);
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user("admin"), "nb");
        http = new Http(sandbox.baseUrl());
        Scenario scenario = new Scenario(http, () -> "");
        forms = new PageForms(http, scenario, PermissionMatrix.load(), Sandbox.CONTEXT_PATH);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    /** A broken form: what it breaks, the fields it overrides, and the Norwegian words the refusal must hold. */
    private record Broken(String what, Map<String, String> fields, String expected) {
    }

    @Test
    public void hostileFormPostsAreRefusedInTheUsersLanguageAndChangeNothing() {
        String before = settings().toString();
        List<Broken> cases = new ArrayList<>();
        cases.add(new Broken("unknown group", Map.of("groups", "portefolje-ledere\nfinnes-ikke"), "Det finnes ingen Jira-gruppe som heter finnes-ikke."));
        cases.add(new Broken("markup as a group", Map.of("groups", "<script>alert(1)</script>"), "Det finnes ingen Jira-gruppe som heter"));
        cases.add(new Broken("control characters", Map.of("groups", "a\u0000b\u0007c"), "Det finnes ingen Jira-gruppe som heter"));
        cases.add(new Broken("broken unicode", Map.of("groups", "\uD800x"), "Det finnes ingen Jira-gruppe som heter"));
        cases.add(new Broken("a 300-character group name", Map.of("groups", "g".repeat(300)), "Det finnes ingen Jira-gruppe som heter"));
        cases.add(new Broken("40 000 lines", Map.of("groups", "x\n".repeat(40_000)), "Det finnes ingen Jira-gruppe som heter x."));
        cases.add(new Broken("a project key with markup", Map.of("project", "<b>DEMO</b>"), "<b>DEMO</b>"));
        cases.add(new Broken("a path as project key", Map.of("project", "../../etc"), "../../etc"));
        cases.add(new Broken("version as text", Map.of("version", "NaN"), "En annen administrator lagret ledertilgangen"));
        cases.add(new Broken("version overflow", Map.of("version", "99999999999999999999999"), "En annen administrator lagret ledertilgangen"));
        cases.add(new Broken("negative version", Map.of("version", "-5"), "En annen administrator lagret ledertilgangen"));
        List<String> failures = new ArrayList<>();
        for (Broken b : cases) {
            Http.Reply reply = post(b.fields());
            String body = reply.body();
            if (reply.status() != 400 && reply.status() != 409) {
                failures.add(b.what() + ": expected 400 or 409, got " + reply.status());
            }
            if (!body.contains(escape(b.expected()))) {
                failures.add(b.what() + ": the page does not say " + b.expected());
            }
            if (body.contains("<script>alert(1)</script>") || body.contains("<b>DEMO</b>")) {
                failures.add(b.what() + ": markup echoed unescaped");
            }
            if (!settings().toString().equals(before)) {
                failures.add(b.what() + ": changed the settings to " + settings());
            }
        }
        assertTrue(String.join("\n", failures), failures.isEmpty());

        // Honest: the form as rendered saves (the version moves on), then a form rendered before that save is refused.
        HtmlForms.Form stale = forms.form(FORM, "-");
        Http.Reply saved = forms.submit(forms.form(FORM, "-"), "admin", PageForms.Token.VALID);
        assertEquals(200, saved.status());
        JsonNode after = settings();
        assertEquals(Long.parseLong(stale.value("version")) + 1, after.get("version").asLong());
        Http.Reply refused = forms.submit(stale, "admin", PageForms.Token.VALID);
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("En annen administrator lagret ledertilgangen i mellomtiden."));
        assertEquals(after.toString(), settings().toString());
    }

    private static Http.Reply post(Map<String, String> fields) {
        HtmlForms.Form form = forms.form(FORM, "-");
        Map<String, String> overrides = new LinkedHashMap<>(fields);
        if (fields.containsKey("project")) {
            // a hostile key instead of the ticked ones
            List<Map.Entry<String, String>> kept = form.fields().stream().filter(f -> !f.getKey().equals("project")).toList();
            form = new HtmlForms.Form(form.cssClass(), form.action(), kept);
        }
        return forms.submit(withFields(form, overrides), "admin", PageForms.Token.VALID);
    }

    /** The form with {@code overrides} as its own values (submit fills in only the token and typed blanks). */
    private static HtmlForms.Form withFields(HtmlForms.Form form, Map<String, String> overrides) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Map<String, String> rest = new LinkedHashMap<>(overrides);
        for (Map.Entry<String, String> f : form.fields()) {
            fields.add(rest.containsKey(f.getKey()) ? Map.entry(f.getKey(), rest.remove(f.getKey())) : f);
        }
        rest.forEach((k, v) -> fields.add(Map.entry(k, v)));
        return new HtmlForms.Form(form.cssClass(), form.action(), fields);
    }

    private static JsonNode settings() {
        return http.ok("GET", "/leader-access", "admin", null);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
