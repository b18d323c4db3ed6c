package no.veikart.roadmap.security;

import static org.junit.Assert.assertTrue;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.host.PluginDescriptor;
import no.veikart.roadmap.sandbox.host.WebFragments;
import no.veikart.roadmap.sandbox.jira.SandboxAuthenticationContext;
import no.veikart.roadmap.sandbox.jira.SandboxIssueManager;
import no.veikart.roadmap.security.Endpoints.Endpoint;
import no.veikart.roadmap.security.PermissionMatrix.Kind;
import no.veikart.roadmap.security.PermissionMatrix.Row;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every REST endpoint, page, form, web panel and web item against every sandbox user (anonymous, outsider, viewer,
 * member, admin), with the answers of {@code permission-matrix.txt}. Endpoints come from reflection and modules
 * from the descriptor, so a new one without a line fails. A refused state change must leave every record as it was;
 * no answer may show an issue key of a project the caller may not browse.
 */
public class PermissionMatrixIT {
    static final List<String> USERS = Arrays.asList(null, "outsider", "viewer", "member", "admin");
    /** Projects whose issue keys must never appear in an answer to the user (by column). */
    private static final List<Set<String>> HIDDEN = List.of(Set.of("DEMO", "HELSE", "SKOLE"),
            Set.of("DEMO", "HELSE", "SKOLE"), Set.of("HELSE", "SKOLE"), Set.of(), Set.of(), Set.of("DEMO", "HELSE", "SKOLE"));
    private static final Pattern ISSUE_KEY = Pattern.compile("\\b(DEMO|HELSE|SKOLE)-\\d+\\b");
    /** Pages of the sandbox that show each web-panel location. */
    private static final Map<String, String> PAGE_OF_LOCATION = Map.of(
            "atl.jira.view.issue.left.context", "/browse/{key}",
            "atl.jira.view.issue.right.context", "/browse/{key}",
            "roadmap.project.actions", "/projects/{project}");

    private static Sandbox sandbox;
    private static Http http;
    private static Scenario scenario;
    private static PermissionMatrix matrix;
    private static PageForms forms;

    @BeforeClass
    public static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-permission-matrix"), true);
        http = new Http(sandbox.baseUrl());
        scenario = new Scenario(http, () -> hostState(sandbox));
        matrix = PermissionMatrix.load();
        forms = new PageForms(http, scenario, matrix, Sandbox.CONTEXT_PATH);
    }

    @AfterClass
    public static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    /** What the plugin writes into Jira itself, read in-process (cheap): issues per project. */
    static String hostState(Sandbox sandbox) {
        SandboxIssueManager issues = (SandboxIssueManager) sandbox.component(IssueManager.class);
        ProjectManager projects = sandbox.component(ProjectManager.class);
        return List.of("DEMO", "HELSE").stream()
                .map(p -> p + " issues=" + issues.issuesOf(projects.getProjectObjByKey(p).getId()).size())
                .collect(Collectors.joining(" ")) + "\n";
    }

    @Test
    public void everyEndpointPageFormPanelAndItemHasALine() throws Exception {
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<Endpoint> endpoints = Endpoints.discover();
        Set<String> ids = endpoints.stream().map(Endpoint::id).collect(Collectors.toSet());
        for (Endpoint e : endpoints) {
            boolean hasDefault = matrix.rows(Kind.REST).stream().anyMatch(r -> r.id().equals(e.id()) && r.kase().equals("-"));
            if (!hasDefault) {
                missing.add(suggestion(e));
            }
            if (e.stateChanging() && !Scenario.BODIES.containsKey(e.id())) {
                missing.add("Scenario.BODIES: a valid body for " + e.id() + " (" + e.where() + "), or c -> null for none");
            }
        }
        matrix.rows(Kind.REST).stream().filter(r -> !ids.contains(r.id())).forEach(r -> stale.add(r + ": no such endpoint"));

        PluginDescriptor descriptor = sandbox.component(PluginDescriptor.class);
        Map<String, String> pageOfForm = forms.pageOfForm();
        Map<String, String> actionOfForm = new HashMap<>();
        pageOfForm.forEach((cssClass, page) -> actionOfForm.put(cssClass, forms.form(cssClass, "-").action()));
        for (PluginDescriptor.ServletModule servlet : descriptor.servlets()) {
            Class<?> type = Class.forName(servlet.className());
            for (String pattern : servlet.urlPatterns()) {
                String path = "/plugins/servlet" + (pattern.startsWith("/") ? pattern : "/" + pattern);
                for (String verb : List.of("Get", "Post", "Put", "Delete")) {
                    if (!declares(type, "do" + verb)) {
                        continue;
                    }
                    if (verb.equals("Get") && matrix.rows(Kind.PAGE).stream().noneMatch(r -> r.path().equals(path))) {
                        missing.add(String.format("PAGE GET %-50s -  302 ??? ??? ??? ???   (servlet %s)", path, servlet.key()));
                    } else if (verb.equals("Post") && !actionOfForm.containsValue(path)) {
                        missing.add("servlet " + servlet.key() + " takes POST at " + path
                                + " but no PAGE line shows a roadmap-*-form posting there: add the page that shows it");
                    } else if (verb.equals("Put") || verb.equals("Delete")) {
                        missing.add("servlet " + servlet.key() + " takes " + verb.toUpperCase(Locale.ROOT)
                                + ": browsers cannot send that from a page; the matrix does not cover it");
                    }
                }
            }
        }
        for (String cssClass : pageOfForm.keySet()) {
            if (matrix.rows(Kind.FORM).stream().noneMatch(r -> r.target().equals(cssClass))) {
                missing.add(String.format("FORM %-56s -  401 ??? ??? ??? ???   (on %s)", cssClass, pageOfForm.get(cssClass)));
            }
        }
        matrix.rows(Kind.FORM).stream().filter(r -> !pageOfForm.containsKey(r.target()))
                .forEach(r -> stale.add(r + ": no page of the matrix shows this form to the admin"));
        Set<String> panels = new LinkedHashSet<>();
        for (PluginDescriptor.WebPanelModule p : descriptor.webPanels()) {
            panels.add(p.key());
            if (!PAGE_OF_LOCATION.containsKey(p.location())) {
                missing.add("web-panel " + p.key() + " at " + p.location() + ": add the sandbox page that shows this location to "
                        + "PermissionMatrixIT.PAGE_OF_LOCATION");
            }
            if (matrix.rows(Kind.PANEL).stream().noneMatch(r -> r.target().equals(p.key()))) {
                missing.add(String.format("PANEL %-55s -  -  ??? ??? ??? ???", p.key()));
            }
        }
        Set<String> items = descriptor.webItems().stream().map(PluginDescriptor.WebItemModule::key).collect(Collectors.toSet());
        items.stream().filter(k -> matrix.rows(Kind.ITEM).stream().noneMatch(r -> r.target().equals(k)))
                .forEach(k -> missing.add(String.format("ITEM  %-55s -  ??? ??? ??? ??? ???", k)));
        Set<String> gadgets = descriptor.dashboardItems().stream().map(PluginDescriptor.DashboardItemModule::key)
                .collect(Collectors.toSet());
        gadgets.stream().filter(k -> matrix.rows(Kind.GADGET).stream().noneMatch(r -> r.target().equals(k)))
                .forEach(k -> missing.add(String.format("GADGET %-54s -  -  ??? ??? ??? ???", k)));
        matrix.rows(Kind.PANEL).stream().filter(r -> !panels.contains(r.target())).forEach(r -> stale.add(r + ": no such web-panel"));
        matrix.rows(Kind.ITEM).stream().filter(r -> !items.contains(r.target())).forEach(r -> stale.add(r + ": no such web-item"));
        matrix.rows(Kind.GADGET).stream().filter(r -> !gadgets.contains(r.target())).forEach(r -> stale.add(r + ": no such dashboard-item"));

        StringBuilder message = new StringBuilder();
        if (!missing.isEmpty()) {
            message.append("Add to ").append(PermissionMatrix.SOURCE).append(" (answers for anonymous outsider viewer member admin")
                    .append(" as api.md says: 401 anonymous, 403 without the Jira permission, 404 unknown or not browsable,")
                    .append(" 200/201/204 allowed; a query goes after the path, e.g. GET /portfolio?projects=DEMO,HELSE;")
                    .append(" add 'helse' and 'unknown' cases too):\n  ").append(String.join("\n  ", missing)).append('\n');
        }
        if (!stale.isEmpty()) {
            message.append("Lines for things that do not exist:\n  ").append(String.join("\n  ", stale));
        }
        assertTrue(message.toString(), missing.isEmpty() && stale.isEmpty());
    }

    /** A line to paste for an endpoint without one; what the annotations already decide is filled in. */
    static String suggestion(Endpoint e) {
        String ok = switch (e.httpMethod()) {
            case "POST" -> "201";
            case "DELETE" -> "204";
            default -> "200";
        };
        boolean admin = Arrays.stream(e.method().getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("AdminOnly"))
                || Arrays.stream(e.resource().getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("AdminOnly"));
        String answers = admin ? "401  403  403  403  " + ok : "401  ???  ???  ???  ???";
        return String.format("%-6s %-55s -        %s   (%s)", e.httpMethod(), e.template(), answers, e.where());
    }

    private static boolean declares(Class<?> type, String method) {
        for (Class<?> c = type; c != null && !c.getName().startsWith("jakarta."); c = c.getSuperclass()) {
            boolean found = Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method)
                    && Arrays.equals(m.getParameterTypes(), new Class<?>[] {HttpServletRequest.class, HttpServletResponse.class}));
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** What one request got: the answer to compare, and whether it was a state change that succeeded. */
    private record Outcome(String answer, boolean stateChange, boolean succeeded, String request, Http.Reply reply) {
    }

    @Test
    public void everyCallerGetsTheAnswerOfTheMatrix() {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        Endpoints.discover().forEach(e -> endpoints.put(e.id(), e));
        List<String> failures = new ArrayList<>();
        Map<Kind, Integer> checksByKind = new LinkedHashMap<>();
        int checks = 0;
        Map<String, String> state = scenario.snapshot();
        for (Row row : matrix.rows()) {
            for (int u = 0; u <= USERS.size(); u++) {
                // The last round is leder (leader access): the sixth answer, else outsider's.
                String user = u < USERS.size() ? USERS.get(u) : "leder";
                String who = u < USERS.size() ? PermissionMatrix.COLUMNS.get(u) : PermissionMatrix.LEADER;
                Outcome o;
                try {
                    o = switch (row.kind()) {
                        case REST -> rest(endpoints.get(row.id()), row, user);
                        case PAGE -> page(row, user);
                        case FORM -> form(row, user);
                        case PANEL -> panel(row, user);
                        case ITEM -> item(row, user);
                        case GADGET -> gadget(row, user);
                    };
                } catch (AssertionError | RuntimeException e) {
                    failures.add(row + " as " + who + ": " + e.getMessage());
                    continue;
                }
                checks++;
                checksByKind.merge(row.kind(), 1, Integer::sum);
                String expected = u < USERS.size() ? row.answers().get(u) : row.leader();
                if (!o.answer().equals(expected)) {
                    failures.add(row + " as " + who + ": expected " + expected + ", got " + o.answer() + " for " + o.request()
                            + (o.reply() == null ? "" : " " + abbreviate(o.reply().body())));
                }
                if (o.reply() != null) {
                    leak(row, u, o, failures);
                    if (row.kind() == Kind.REST && o.reply().status() >= 400 && !errorShape(o.reply())) {
                        failures.add(row + " as " + who + ": error " + o.reply().status() + " is not {errors:[{field,message,key}]}: "
                                + abbreviate(o.reply().body()));
                    }
                }
                if (o.stateChange()) {
                    Map<String, String> now = scenario.snapshot();
                    if (!o.succeeded() && !now.equals(state)) {
                        failures.add(row + " as " + who + ": refused with " + o.answer() + " but changed data:\n"
                                + difference(state, now));
                    }
                    state = now.equals(state) ? state : scenario.renewChanged(state, now);
                }
            }
        }
        long pages = matrix.rows().stream().filter(r -> r.kind() != Kind.REST).map(r -> r.kind() + " " + r.id()).distinct().count();
        System.out.println("permission-matrix: endpoints=" + (endpoints.size() + pages) + " users=" + USERS.size() + " checks=" + checks
                + " (rest=" + endpoints.size() + " pages/forms/panels/items=" + pages + " by kind " + checksByKind
                + ", records made " + scenario.made() + ")");
        assertTrue(failures.size() + " of " + checks + " answers differ from " + PermissionMatrix.SOURCE + ":\n"
                + String.join("\n", failures), failures.isEmpty());
    }

    private static Outcome rest(Endpoint e, Row row, String user) {
        if (e == null) {
            throw new AssertionError("no such endpoint");
        }
        Scenario.Request r = scenario.request(e, row.kase(), row.query());
        Map<String, String> headers = new LinkedHashMap<>();
        // As a browser link or script would: JSON preferred, CSV exports still acceptable.
        headers.put("Accept", "application/json, */*;q=0.5");
        headers.put("X-Atlassian-Token", "no-check");
        if (e.stateChanging()) {
            headers.put("Content-Type", "application/json");
        }
        Http.Reply reply = http.send(r.method(), Http.REST + r.path(), user, headers,
                r.body() == null ? null : r.body().getBytes(StandardCharsets.UTF_8));
        return new Outcome(String.valueOf(reply.status()), e.stateChanging(), reply.status() / 100 == 2,
                r.method() + " " + r.path(), reply);
    }

    private static Outcome page(Row row, String user) {
        String path = scenario.fill(row.path() + row.query(), row.kase());
        Http.Reply reply = http.send("GET", path, user, Map.of("Accept", "text/html"), null);
        if (reply.status() == 302 && (reply.location() == null || !reply.location().contains("/login.jsp"))) {
            return new Outcome("302 to " + reply.location(), false, false, "GET " + path, reply);
        }
        return new Outcome(String.valueOf(reply.status()), false, false, "GET " + path, reply);
    }

    private static Outcome form(Row row, String user) {
        HtmlForms.Form f = forms.form(row.target(), row.kase());
        Http.Reply reply = forms.submit(f, user, PageForms.Token.VALID);
        boolean ok = reply.status() == 200 || reply.status() == 302;
        return new Outcome(String.valueOf(reply.status()), true, ok, "POST " + f.action() + " (" + row.target() + ")", reply);
    }

    private static Outcome panel(Row row, String user) {
        PluginDescriptor.WebPanelModule module = sandbox.component(PluginDescriptor.class).webPanels().stream()
                .filter(p -> p.key().equals(row.target())).findFirst().orElseThrow(() -> new AssertionError("no such web-panel"));
        String pageTemplate = PAGE_OF_LOCATION.get(module.location());
        if (pageTemplate == null) {
            throw new AssertionError("no sandbox page for location " + module.location());
        }
        String path = scenario.fill(pageTemplate, row.kase());
        Http.Reply reply = http.send("GET", path, user, Map.of("Accept", "text/html"), null);
        String answer = "-";
        if (reply.status() == 200) {
            String html = reply.body();
            String opening = "<div id=\"" + module.key() + "\" class=\"module";
            int start = html.indexOf(opening);
            if (start >= 0) {
                int end = html.indexOf("class=\"module toggle-wrap\"", start + opening.length());
                String chunk = html.substring(start, end < 0 ? html.length() : end);
                answer = chunk.contains("data-editable=\"true\"") ? "edit" : chunk.contains("data-editable=\"false\"") ? "view" : "shown";
            }
        }
        return new Outcome(answer, false, false, "GET " + path + " (panel " + module.key() + ")", null);
    }

    private static Outcome item(Row row, String user) {
        PluginDescriptor.WebItemModule module = sandbox.component(PluginDescriptor.class).webItems().stream()
                .filter(i -> i.key().equals(row.target())).findFirst().orElseThrow(() -> new AssertionError("no such web-item"));
        String projectKey = scenario.fill("{project}", row.kase());
        Project project = sandbox.component(ProjectManager.class).getProjectObjByKey(projectKey);
        SandboxAuthenticationContext auth = (SandboxAuthenticationContext) sandbox.component(JiraAuthenticationContext.class);
        Map<String, Object> context = new HashMap<>();
        context.put("project", project);
        context.put("projectKey", projectKey);
        context.put("user", user == null ? null : sandbox.user(user));
        List<WebFragments.Item> shown = auth.runAs(user == null ? null : sandbox.user(user),
                () -> sandbox.component(WebFragments.class).items(module.section(), context, Locale.ENGLISH, Sandbox.CONTEXT_PATH));
        String answer = shown.stream().anyMatch(i -> i.key().equals(module.key())) ? "shown" : "-";
        return new Outcome(answer, false, false, "web-item " + module.key() + " in " + module.section(), null);
    }

    private static Outcome gadget(Row row, String user) {
        Http.Reply reply = http.send("GET", "/secure/Dashboard.jspa", user, Map.of("Accept", "text/html"), null);
        // Gadgets sit on a dashboard only once a user adds them; what the conditions decide is the directory entry.
        boolean shown = reply.status() == 200 && reply.body().contains("data-module-key=\"")
                && reply.body().contains(":" + row.target() + "\"");
        return new Outcome(shown ? "shown" : "-", false, false, "GET /secure/Dashboard.jspa (gadget " + row.target() + ")", null);
    }

    /** Issue keys of projects the user may not browse, other than the ones the request itself named. */
    private static void leak(Row row, int column, Outcome o, List<String> failures) {
        String body = o.reply().body();
        if (body == null) {
            return;
        }
        Matcher m = ISSUE_KEY.matcher(body);
        Set<String> leaked = new LinkedHashSet<>();
        while (m.find()) {
            if (HIDDEN.get(column).contains(m.group(1)) && !o.request().contains(m.group())) {
                leaked.add(m.group());
            }
        }
        if (!leaked.isEmpty()) {
            failures.add(row + " as " + (column < USERS.size() ? PermissionMatrix.COLUMNS.get(column) : PermissionMatrix.LEADER)
                    + ": the answer shows " + leaked
                    + ", which this user may not browse");
        }
    }

    static boolean errorShape(Http.Reply reply) {
        if (!reply.isJson()) {
            return false;
        }
        JsonNode errors = reply.json().path("errors");
        return errors.isArray() && errors.size() > 0 && errors.get(0).hasNonNull("key") && errors.get(0).hasNonNull("message");
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    static String difference(Map<String, String> before, Map<String, String> after) {
        StringBuilder d = new StringBuilder();
        before.forEach((part, was) -> {
            List<String> a = List.of(was.split("\n"));
            List<String> b = List.of(after.getOrDefault(part, "").split("\n"));
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String x = i < a.size() ? a.get(i) : "";
                String y = i < b.size() ? b.get(i) : "";
                if (!x.equals(y)) {
                    d.append("    before: ").append(abbreviate(x)).append("\n    after:  ").append(abbreviate(y)).append('\n');
                }
            }
        });
        return d.toString();
    }
}
