package no.veikart.roadmap.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import no.veikart.roadmap.browser.XssCorpus.Field;
import no.veikart.roadmap.sandbox.jira.JiraStore;
import no.veikart.roadmap.sandbox.jira.SandboxDashboards;
import no.veikart.roadmap.sandbox.jira.SandboxFilters;
import no.veikart.roadmap.testsupport.RestClient;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 8, item 3: every payload of the corpus ({@code xss/payloads.txt}) goes through every free-text field of the
 * product over REST, and every place that shows them is rendered in Chromium with hooks installed before any page
 * script: the issue view of the initiatives and of a phase issue (progress, stakeholder and gain panels, and every
 * edit, contact-log, measure and delete dialog, which prefill the stored text), the project page, the admin page, the
 * issue navigator and the dashboard. No payload may run (hook, alert, confirm, prompt), no markup of the corpus may get
 * into a page, stored text must read back exactly (not double-escaped), and no CSV cell of the exports may start a
 * formula. Forms that echo what was typed (creating an initiative, copying a template) are checked the same way.
 *
 * <p>Layout of the data, so one page load checks many payloads: payload i is the name, only phase (PILOTING) and only
 * step of template i, and the summary and halt reason of initiative i created from it; one main initiative carries a
 * stakeholder and a gain per payload (all their text fields), every contact on its first stakeholder, a forward move
 * with an override and a move back per payload, and steps named by the payloads that the overrides list as open.
 */
public class XssCorpusBrowserIT extends BrowserTestSupport {

    /**
     * The pages that show the whole project, checked after everything is stored. The dashboard holds two portfolio
     * gadgets (see {@link #storeSavedFiltersAndGadgets}); {@link #checkPortfolioGadgets} waits for their data.
     */
    static final List<PageCheck> PROJECT_PAGES = List.of(
            new PageCheck("project page", "/plugins/servlet/roadmap/project?projectKey=DEMO", "#roadmap-project"),
            new PageCheck("admin page", "/plugins/servlet/roadmap/admin", "#roadmap-admin"),
            new PageCheck("issue navigator", "/issues/?jql=" + URLEncoder.encode("project = DEMO", StandardCharsets.UTF_8),
                    "#issuetable"),
            new PageCheck("dashboard", "/secure/Dashboard.jspa", "#dashboard-projects"),
            new PageCheck("reporting admin page", "/plugins/servlet/roadmap/reporting-admin", "#roadmap-reporting-admin"),
            new PageCheck("political summary", "/plugins/servlet/roadmap/report?projects=DEMO", "#roadmap-summary-page"));

    /** A page to render and probe: context-relative path and a CSS selector that is present once it is ready. */
    record PageCheck(String label, String path, String readySelector) {
    }

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PORTFOLIO_GADGET = "no.veikart.service-innovation-roadmap:portfolio-gadget";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Character> FORMULA_START = Set.of('=', '+', '-', '@', '\t', '\r');
    /** Plain numbers (an attitude of -2) may start with a minus: Excel reads them as numbers, not formulas. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,6})?");
    private static final Pattern FIELD_PATH = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private static XssCorpus corpus;
    private static RestClient admin;
    /** Stored (as the server keeps them) or refused (400) per field. */
    private static final Map<Field, Integer> stored = new EnumMap<>(Field.class);
    private static final Map<Field, Integer> refused = new EnumMap<>(Field.class);
    private static final List<Tiny> tinies = new ArrayList<>();
    private static String mainKey;
    private static String mainPhaseIssueKey;
    private static JsonNode mainStakeholders;
    private static JsonNode mainGains;
    private static JsonNode mainPlan;
    private static JsonNode mainContacts;
    private static JsonNode mainInitiative;
    private static String stepsKey;
    private static JsonNode stepsInitiative;
    private static List<String> openInsightSteps;
    private static long firstStakeholder = -1;
    private static JsonNode mainRoles;
    private static JsonNode mainCommunications;
    private static JsonNode stepsRoles;
    private static List<String> reportComments = new ArrayList<>();
    private static final List<String> publishedComments = new ArrayList<>();
    private static JsonNode mainRisks;
    /** Per payload i: the contingency plan and handover that tiny initiative i stored. */
    private static final List<JsonNode> tinyPlans = new ArrayList<>();
    private static final List<JsonNode> tinyHandovers = new ArrayList<>();
    private static final List<String> unitSectors = new ArrayList<>();
    private static final List<String> unitLabels = new ArrayList<>();

    /** Initiative i of template i: what the server stored. */
    record Tiny(int payload, String key, String summary, String templateName, String phaseName, String stepName,
            String haltReason) {
    }

    private final List<String> failures = new ArrayList<>();
    private int pagesChecked;
    private int dialogsChecked;
    private int executed;

    @BeforeClass
    public static void storeCorpus() throws Exception {
        corpus = XssCorpus.load();
        assertTrue("at least 30 payloads", corpus.size() >= 30);
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        for (Field f : Field.values()) {
            stored.put(f, 0);
            refused.put(f, 0);
        }
        storeTemplatesAndHaltedInitiatives();
        storeStepsInitiative();
        storeMainInitiative();
        storeImplementationPlan();
        storeSavedFiltersAndGadgets();
        storeMatrices();
        storeStatusReports();
        storePilots();
        storeRisks();
        storeOrgUnits();
    }

    /** The plan's text points, as the REST body names them. */
    private static final List<String> PLAN_TEXTS = List.of("goals", "scope", "participants.text", "information", "competence",
            "errorHandling", "measurement.text", "observation", "documentation");
    /** The evaluation's texts besides the reasons. */
    private static final List<String> EVALUATION_TEXTS = List.of("people.text", "organisation.text", "technology.text",
            "gains.text", "newGains", "costAdjustments");
    private static final List<String> pilotKeys = new ArrayList<>();
    /** Per pilot initiative: its rounds as the server stored them (round 1 first). */
    private static final List<JsonNode> pilotRounds = new ArrayList<>();
    private static final List<String> pilotDecisionReasons = new ArrayList<>();

    /**
     * Pilot initiatives in Service development, enough that every payload is one plan point: initiative j's round 1 has
     * payloads 9j…9j+8 in its nine text points, the next ones in its evaluation texts and reasons; the first one has a
     * log entry per payload. Every odd one is then decided against its recommendation with a payload as the reason,
     * so its decision document shows that reason and its panel shows round 2 (the plan's draft copy).
     */
    private static void storePilots() throws Exception {
        int n = corpus.size();
        int initiatives = (n + PLAN_TEXTS.size() - 1) / PLAN_TEXTS.size();
        for (int j = 0; j < initiatives; j++) {
            String key = ok201(admin.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"Pilot corpus " + j + "\"}"))
                    .get("key").asText();
            pilotKeys.add(key);
            ok(admin.post("/initiatives/" + key + "/phase", "{\"to\":\"SERVICE_DEVELOPMENT\",\"overrideReason\":\"corpus\"}"));
            String base = "/initiatives/" + key + "/pilots/1";
            ObjectNode plan = JSON.createObjectNode().put("version", 0);
            Map<String, Field> planFields = new LinkedHashMap<>();
            for (int f = 0; f < PLAN_TEXTS.size(); f++) {
                put(plan, PLAN_TEXTS.get(f), corpus.text(Field.PILOT_PLAN_TEXT, (j * PLAN_TEXTS.size() + f) % n));
                planFields.put(PLAN_TEXTS.get(f), Field.PILOT_PLAN_TEXT);
            }
            long version = send("PUT", base + "/plan", plan, planFields).get("version").asLong();
            ObjectNode evaluation = JSON.createObjectNode().put("version", version).put("recommendation", "FURTHER_TESTS");
            Map<String, Field> evaluationFields = new LinkedHashMap<>();
            for (String d : List.of("people", "organisation", "technology", "gains")) {
                evaluation.putObject(d).put("rating", 3);
            }
            for (int f = 0; f < EVALUATION_TEXTS.size(); f++) {
                put(evaluation, EVALUATION_TEXTS.get(f), corpus.text(Field.PILOT_EVALUATION_TEXT, (j * PLAN_TEXTS.size() + 3 + f) % n));
                evaluationFields.put(EVALUATION_TEXTS.get(f), Field.PILOT_EVALUATION_TEXT);
            }
            evaluation.put("reasons", corpus.text(Field.PILOT_REASONS, (j * PLAN_TEXTS.size() + 7) % n));
            evaluationFields.put("reasons", Field.PILOT_REASONS);
            send("PUT", base + "/evaluation", evaluation, evaluationFields);
            if (j == 0) {
                for (int i = 0; i < n; i++) {
                    create(base + "/observations", JSON.createObjectNode().put("date", "2021-02-01").put("dimension", "PEOPLE")
                            .put("text", corpus.text(Field.PILOT_OBSERVATION, i)), Map.of("text", Field.PILOT_OBSERVATION));
                }
            }
            if (j % 2 == 1) {
                ok(admin.post("/initiatives/" + key + "/phase", "{\"to\":\"PILOTING\",\"overrideReason\":\"corpus\"}"));
                ObjectNode decision = JSON.createObjectNode().put("decision", "BACK_TO_SERVICE_DEVELOPMENT")
                        .put("reason", corpus.text(Field.PILOT_DECISION_REASON, (j * PLAN_TEXTS.size() + 5) % n));
                JsonNode moved = send("POST", "/initiatives/" + key + "/phase", decision, Map.of("reason", Field.PILOT_DECISION_REASON));
                JsonNode history = moved.get("history");
                pilotDecisionReasons.add(history.get(history.size() - 1).get("reason").asText());
            } else {
                pilotDecisionReasons.add(null);
            }
            pilotRounds.add(ok(admin.get("/initiatives/" + key + "/pilots")));
        }
    }

    /** Sets {@code a.b} or {@code a} of a body. */
    private static void put(ObjectNode body, String path, String value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            body.put(path, value);
        } else {
            ObjectNode inner = body.has(path.substring(0, dot)) ? (ObjectNode) body.get(path.substring(0, dot))
                    : body.putObject(path.substring(0, dot));
            inner.put(path.substring(dot + 1), value);
        }
    }

    private static String text(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || n.isNull() ? "" : n.asText();
    }

    private static JsonNode ok201(Reply reply) {
        assertEquals(reply.body().toString(), 201, reply.status());
        return reply.body();
    }

    /** The pilot panel (plan, log, evaluation, the new gain's prefilled title) and each round's decision document. */
    private void checkPilots() {
        for (int j = 0; j < pilotKeys.size(); j++) {
            String key = pilotKeys.get(j);
            JsonNode rounds = pilotRounds.get(j);
            JsonNode first = rounds.get(0);
            JsonNode current = rounds.get(rounds.size() - 1);
            render(new PageCheck("pilot panel of " + key, "/browse/" + key, "#roadmap-pilot-plan"));
            for (String f : PLAN_TEXTS) {
                checkTexts(key + " pilot plan " + f, values("#roadmap-pilot-plan textarea[name='" + f + "']"),
                        List.of(text(current.get("plan"), f)));
            }
            if (current.has("evaluation") && !current.get("evaluation").isNull()) {
                for (String f : EVALUATION_TEXTS) {
                    checkTexts(key + " pilot evaluation " + f, values("#roadmap-pilot-evaluation textarea[name='" + f + "']"),
                            List.of(text(current.get("evaluation"), f)));
                }
                checkTexts(key + " pilot reasons", values("#roadmap-pilot-reasons"), List.of(text(current.get("evaluation"), "reasons")));
                String newGains = text(current.get("evaluation"), "newGains").strip();
                if (!newGains.isEmpty()) {
                    checkTexts(key + " new gain title", values("#roadmap-pilot-newgain-title"),
                            List.of(newGains.lines().findFirst().orElse("")));
                }
            }
            checkTexts(key + " pilot log", texts("#roadmap-pilot-log .roadmap-pilot-text"), values(current.get("observations"), "text"));

            render(new PageCheck("decision document of " + key, "/plugins/servlet/roadmap/decision?issueKey=" + key + "&round=1",
                    "#roadmap-decision"));
            List<String> plan = new ArrayList<>();
            for (String f : PLAN_TEXTS) {
                if (!f.contains(".")) {
                    plan.add(text(first.get("plan"), f));
                }
            }
            checkContains(key + " decision document plan", texts(".roadmap-decision-plan dd"), plan);
            checkContains(key + " decision document reasons", texts("#roadmap-decision-reasons"),
                    List.of(text(first.get("evaluation"), "reasons")));
            checkContains(key + " decision document log", texts("#roadmap-decision-log .roadmap-decision-text"),
                    values(first.get("observations"), "text"));
            if (pilotDecisionReasons.get(j) != null) {
                checkTexts(key + " decision reason", texts("#roadmap-decision-reason"), List.of(pilotDecisionReasons.get(j)));
            }
        }
    }

    /**
     * Issue 15: a risk per payload on the main initiative (every text field, an acceptance and one measure), all high,
     * so the handover page lists them as open; the contingency plan and the handover texts of tiny initiative i.
     */
    private static void storeRisks() throws Exception {
        for (int i = 0; i < corpus.size(); i++) {
            ObjectNode risk = JSON.createObjectNode().put("title", corpus.text(Field.RISK_TITLE, i))
                    .put("description", corpus.text(Field.RISK_DESCRIPTION, i)).put("cause", corpus.text(Field.RISK_CAUSE, i))
                    .put("category", "TECHNOLOGY").put("likelihood", 5).put("consequence", 5)
                    .put("contingency", corpus.text(Field.RISK_CONTINGENCY, i)).put("owner", corpus.text(Field.RISK_OWNER, i));
            risk.putObject("acceptance").put("reason", corpus.text(Field.ACCEPTANCE_REASON, i));
            risk.putArray("measures").addObject().put("text", corpus.text(Field.RISK_MEASURE_TEXT, i))
                    .put("owner", corpus.text(Field.RISK_MEASURE_OWNER, i)).put("status", "PLANNED");
            Map<String, Field> paths = new LinkedHashMap<>();
            paths.put("title", Field.RISK_TITLE);
            paths.put("description", Field.RISK_DESCRIPTION);
            paths.put("cause", Field.RISK_CAUSE);
            paths.put("contingency", Field.RISK_CONTINGENCY);
            paths.put("owner", Field.RISK_OWNER);
            paths.put("acceptance.reason", Field.ACCEPTANCE_REASON);
            paths.put("measures[0].text", Field.RISK_MEASURE_TEXT);
            paths.put("measures[0].owner", Field.RISK_MEASURE_OWNER);
            create("/initiatives/" + mainKey + "/risks", risk, paths);
        }
        mainRisks = ok(admin.get("/initiatives/" + mainKey + "/risks")).get("risks");
        for (Tiny t : tinies) {
            String base = "/initiatives/" + t.key();
            tinyPlans.add(send("PUT", base + "/risks/contingency-plan", JSON.createObjectNode()
                    .put("text", corpus.text(Field.CONTINGENCY_PLAN, t.payload())), Map.of("text", Field.CONTINGENCY_PLAN)));
            ObjectNode handover = JSON.createObjectNode().put("participants", corpus.text(Field.HANDOVER_PARTICIPANTS, t.payload()))
                    .put("finalReport", corpus.text(Field.HANDOVER_FINAL_REPORT, t.payload()))
                    .put("learningPoints", corpus.text(Field.HANDOVER_LEARNING_POINTS, t.payload()))
                    .put("gainPlanReviewed", false).put("riskAnalysisReviewed", false).put("outcome", "PENDING").put("version", 0);
            tinyHandovers.add(send("PUT", base + "/handover", handover, Map.of("participants", Field.HANDOVER_PARTICIPANTS,
                    "finalReport", Field.HANDOVER_FINAL_REPORT, "learningPoints", Field.HANDOVER_LEARNING_POINTS)));
        }
    }

    /**
     * An organisational unit per payload (the payload as its sector; the admin page's form has no REST twin, so it is
     * stored through the service as the form does), and initiative i of template i placed in unit i over REST.
     */
    private static void storeOrgUnits() throws Exception {
        no.veikart.roadmap.reporting.domain.OrgUnitService units = sandbox.component(
                no.veikart.roadmap.reporting.domain.OrgUnitService.class);
        for (int i = 0; i < corpus.size(); i++) {
            String sector = corpus.text(Field.ORG_SECTOR, i);
            String department = "Avdeling " + i;
            no.veikart.roadmap.reporting.domain.OrgUnit unit = sandbox.asUser("admin", () -> {
                try {
                    return units.create(sandbox.component(no.veikart.roadmap.platform.jira.JiraUsers.class).currentActor(),
                            sector, department);
                } catch (no.veikart.roadmap.common.domain.RoadmapException.Invalid e) {
                    return null;
                }
            });
            if (unit == null) {
                refused.merge(Field.ORG_SECTOR, 1, Integer::sum);
                continue;
            }
            stored.merge(Field.ORG_SECTOR, 1, Integer::sum);
            unitSectors.add(unit.sector());
            int payload = i;
            for (Tiny t : tinies) {
                if (t.payload() == payload) {
                    Reply r = admin.put("/initiatives/" + t.key() + "/unit", "{\"unitId\":" + unit.id() + ",\"version\":0}");
                    assertEquals("unit of " + t.key(), 200, r.status());
                    unitLabels.add(unit.sector() + " / " + department);
                }
            }
        }
    }

    /**
     * A status report per payload on the main initiative, the payload as its comment, one month each; all but the last
     * are published (the workbook lists published reports), the last stays a draft for the panel's form.
     */
    private static void storeStatusReports() throws Exception {
        for (int i = 0; i < corpus.size(); i++) {
            ObjectNode report = JSON.createObjectNode().put("period", java.time.YearMonth.of(2001, 1).plusMonths(i).toString())
                    .put("comment", corpus.text(Field.STATUS_COMMENT, i));
            // every light set, as publishing needs; the payload is the comment that explains any override
            for (String aspect : List.of("overall", "phase", "gains", "anchoring", "risks")) {
                report.put(aspect, "GREEN");
            }
            JsonNode draft = create("/initiatives/" + mainKey + "/status-reports", report, Map.of("comment", Field.STATUS_COMMENT));
            reportComments.add(draft.get("comment").asText());
            if (i < corpus.size() - 1 && draft.has("id")) {
                Reply published = admin.post("/initiatives/" + mainKey + "/status-reports/" + draft.get("id").asLong() + "/publish",
                        "{\"version\":" + draft.get("version").asLong() + "}");
                if (published.status() == 200) {
                    publishedComments.add(published.body().get("comment").asText());
                }
            }
        }
    }

    /**
     * HUKI matrices: every payload as a procedure of the main initiative; as actors, the first 50 (the most a matrix
     * has) on the main initiative and the rest on the steps initiative.
     */
    private static void storeMatrices() throws Exception {
        int split = Math.min(50, corpus.size());
        mainRoles = storeMatrix(mainKey, 0, corpus.size(), 0, split);
        stepsRoles = storeMatrix(stepsKey, 0, 1, split, corpus.size());
    }

    private static JsonNode storeMatrix(String key, int procedureFrom, int procedureTo, int actorFrom, int actorTo) throws Exception {
        ObjectNode m = JSON.createObjectNode().put("version", 0);
        ArrayNode procedures = m.putArray("procedures");
        ArrayNode actors = m.putArray("actors");
        ArrayNode cells = m.putArray("cells");
        Map<String, Field> paths = new LinkedHashMap<>();
        for (int i = procedureFrom; i < procedureTo; i++) {
            procedures.addObject().put("id", -(i + 1)).put("name", corpus.text(Field.PROCEDURE_NAME, i));
            paths.put("procedures[" + (i - procedureFrom) + "].name", Field.PROCEDURE_NAME);
        }
        for (int i = actorFrom; i < actorTo; i++) {
            actors.addObject().put("id", -(1000 + i)).put("name", corpus.text(Field.ACTOR_NAME, i)).put("kind", "ROLE");
            paths.put("actors[" + (i - actorFrom) + "].name", Field.ACTOR_NAME);
        }
        for (int i = procedureFrom; i < procedureTo && actorTo > actorFrom; i++) {
            cells.addObject().put("procedureId", -(i + 1)).put("actorId", -(1000 + actorFrom + i % (actorTo - actorFrom)))
                    .put("role", "PRINCIPAL");
        }
        return send("PUT", "/initiatives/" + key + "/roles", m, paths);
    }

    /**
     * Saved filters named by the payloads (Jira takes any text as a filter name), all admin's favourites, and two
     * portfolio gadgets on admin's dashboard: one over DEMO (phase names, initiative keys, gain titles of overdue
     * follow-ups), one over the filter of payload 0 (its name in the gadget's scope line). The gadget's settings list
     * every favourite filter by name.
     */
    /** The implementation plan of the main initiative: a unit per payload (name, outcome) with a super-user (name). */
    private static void storeImplementationPlan() throws Exception {
        String units = "/initiatives/" + mainKey + "/implementation/units";
        for (int i = 0; i < corpus.size(); i++) {
            ObjectNode unit = JSON.createObjectNode().put("name", corpus.text(Field.UNIT_NAME, i)).put("staff", 10)
                    .put("status", "LIVE").put("monitoringOutcome", corpus.text(Field.MONITORING_OUTCOME, i));
            unit.putArray("shifts").add("DAY");
            JsonNode plan = create(units, unit, Map.of("name", Field.UNIT_NAME, "monitoringOutcome", Field.MONITORING_OUTCOME));
            long id = plan.get("units").get(plan.get("units").size() - 1).get("id").asLong();
            create(units + "/" + id + "/super-users", JSON.createObjectNode().put("name", corpus.text(Field.SUPER_USER_NAME, i))
                    .put("shift", "DAY"), Map.of("name", Field.SUPER_USER_NAME));
        }
        mainPlan = ok(admin.get("/initiatives/" + mainKey + "/implementation"));
    }

    private static void storeSavedFiltersAndGadgets() {
        SandboxFilters filters = sandbox.component(SandboxFilters.class);
        long firstFilter = -1;
        for (int i = 0; i < corpus.size(); i++) {
            long id = filters.create("admin", corpus.text(Field.SAVED_FILTER_NAME, i), null, "project = DEMO", false)
                    .id();
            firstFilter = firstFilter < 0 ? id : firstFilter;
            stored.merge(Field.SAVED_FILTER_NAME, 1, Integer::sum);
        }
        SandboxDashboards dashboards = new SandboxDashboards(sandbox.component(JiraStore.class));
        String owner = sandbox.user("admin").getKey();
        // Without the demo's own gadgets: the checks count exactly these two.
        dashboards.itemsOf(owner).forEach(item -> dashboards.remove(owner, item.id()));
        dashboards.savePreferences(owner, dashboards.add(owner, PORTFOLIO_GADGET).id(),
                Map.of("isConfigured", "true", "projects", "DEMO", "currency", "DKK"));
        dashboards.savePreferences(owner, dashboards.add(owner, PORTFOLIO_GADGET).id(),
                Map.of("isConfigured", "true", "filterId", String.valueOf(firstFilter), "currency", "DKK"));
    }

    // ----- storing the corpus over REST -------------------------------------------------------------------------------

    private static void storeTemplatesAndHaltedInitiatives() throws Exception {
        for (int i = 0; i < corpus.size(); i++) {
            ObjectNode template = JSON.createObjectNode().put("name", corpus.text(Field.TEMPLATE_NAME, i));
            ObjectNode phase = template.putArray("phases").addObject().put("key", "PILOTING")
                    .put("name", corpus.text(Field.PHASE_NAME, i));
            phase.putArray("steps").addObject().put("key", "S1").put("name", corpus.text(Field.STEP_NAME, i))
                    .put("mandatory", true);
            JsonNode t = create("/templates", template, Map.of("name", Field.TEMPLATE_NAME,
                    "phases[0].name", Field.PHASE_NAME, "phases[0].steps[0].name", Field.STEP_NAME));

            ObjectNode initiative = JSON.createObjectNode().put("projectKey", "DEMO")
                    .put("summary", corpus.text(Field.INITIATIVE_SUMMARY, i)).put("templateId", t.get("id").asLong());
            JsonNode created = create("/initiatives", initiative, Map.of("summary", Field.INITIATIVE_SUMMARY));
            String key = created.get("key").asText();

            ObjectNode halt = JSON.createObjectNode().put("decision", "HALT")
                    .put("reason", corpus.text(Field.HALT_REASON, i)).put("version", created.get("version").asLong());
            JsonNode halted = create("/initiatives/" + key + "/phase", halt, Map.of("reason", Field.HALT_REASON));
            JsonNode history = halted.get("history");
            tinies.add(new Tiny(i, key, created.get("summary").asText(), t.get("name").asText(),
                    t.get("phases").get(0).get("name").asText(), t.get("phases").get(0).get("steps").get(0).get("name").asText(),
                    history.get(history.size() - 1).get("reason").asText()));
        }
    }

    /** Steps named by the payloads, all mandatory: an override lists the first 30 as open, the rest are current. */
    private static void storeStepsInitiative() throws Exception {
        ObjectNode template = JSON.createObjectNode().put("name", "XSS corpus steps template");
        ArrayNode phases = template.putArray("phases");
        Map<String, Field> paths = new LinkedHashMap<>();
        String[] keys = {"ANCHORING", "INSIGHT", "SERVICE_DEVELOPMENT", "PILOTING", "TRANSITION_TO_OPERATIONS", "NEW_PRACTICES"};
        for (int p = 0; p < keys.length; p++) {
            ArrayNode steps = phases.addObject().put("key", keys[p]).putArray("steps");
            for (int i = p * 30; p < 2 && i < Math.min(corpus.size(), (p + 1) * 30); i++) {
                steps.addObject().put("key", "X" + i).put("name", corpus.text(Field.STEP_NAME, i)).put("mandatory", true);
                paths.put("phases[" + p + "].steps[" + (i - p * 30) + "].name", Field.STEP_NAME);
            }
        }
        long templateId = create("/templates", template, paths).get("id").asLong();
        JsonNode initiative = create("/initiatives", JSON.createObjectNode().put("projectKey", "DEMO")
                .put("summary", "XSS corpus steps initiative").put("templateId", templateId), Map.of());
        stepsKey = initiative.get("key").asText();
        ObjectNode move = JSON.createObjectNode().put("to", "INSIGHT").put("overrideReason", "Steering group decision")
                .put("version", initiative.get("version").asLong());
        stepsInitiative = create("/initiatives/" + stepsKey + "/phase", move, Map.of());
        openInsightSteps = stepNames(stepsInitiative, 1);
    }

    /** The built-in template; the corpus goes into its moves, stakeholders, contacts, gains and measurements. */
    private static void storeMainInitiative() throws Exception {
        JsonNode initiative = create("/initiatives", JSON.createObjectNode().put("projectKey", "DEMO")
                .put("summary", "XSS corpus main initiative"), Map.of());
        mainKey = initiative.get("key").asText();
        mainPhaseIssueKey = initiative.get("phases").get(0).get("key").asText();
        long version = initiative.get("version").asLong();
        mainInitiative = initiative;
        for (int i = 0; i < corpus.size(); i++) {
            ObjectNode forward = JSON.createObjectNode().put("to", "INSIGHT")
                    .put("overrideReason", corpus.text(Field.OVERRIDE_REASON, i))
                    .put("reason", corpus.text(Field.MOVE_REASON, i)).put("version", version);
            version = create("/initiatives/" + mainKey + "/phase", forward,
                    Map.of("overrideReason", Field.OVERRIDE_REASON, "reason", Field.MOVE_REASON)).get("version").asLong();
            ObjectNode back = JSON.createObjectNode().put("to", "ANCHORING")
                    .put("reason", corpus.text(Field.MOVE_REASON, i)).put("version", version);
            mainInitiative = create("/initiatives/" + mainKey + "/phase", back, Map.of("reason", Field.MOVE_REASON));
            version = mainInitiative.get("version").asLong();
        }

        String today = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        for (int i = 0; i < corpus.size(); i++) {
            ObjectNode s = JSON.createObjectNode().put("name", corpus.text(Field.STAKEHOLDER_NAME, i))
                    .put("group", corpus.text(Field.STAKEHOLDER_GROUP, i)).put("level", "STAFF")
                    .put("effect", corpus.text(Field.STAKEHOLDER_EFFECT, i)).put("attitude", -1).put("desiredAttitude", 1)
                    .put("influence", 1 + i % 5).put("interest", 1 + i / 5 % 5).put("involvement", "CONSULT")
                    .put("owner", corpus.text(Field.STAKEHOLDER_OWNER, i)).put("notes", corpus.text(Field.STAKEHOLDER_NOTES, i));
            JsonNode created = create("/initiatives/" + mainKey + "/stakeholders", s, Map.of("name", Field.STAKEHOLDER_NAME,
                    "group", Field.STAKEHOLDER_GROUP, "effect", Field.STAKEHOLDER_EFFECT, "owner", Field.STAKEHOLDER_OWNER,
                    "notes", Field.STAKEHOLDER_NOTES));
            if (firstStakeholder < 0) {
                firstStakeholder = created.get("id").asLong();
            }
        }
        String contacts = "/initiatives/" + mainKey + "/stakeholders/" + firstStakeholder + "/contacts";
        for (int i = 0; i < corpus.size(); i++) {
            create(contacts, JSON.createObjectNode().put("date", today).put("agreed", corpus.text(Field.CONTACT_AGREED, i)),
                    Map.of("agreed", Field.CONTACT_AGREED));
        }

        for (int i = 0; i < corpus.size(); i++) {
            ObjectNode g = JSON.createObjectNode().put("type", "TIME").put("title", corpus.text(Field.GAIN_TITLE, i))
                    .put("indicator", corpus.text(Field.GAIN_INDICATOR, i)).put("unit", "HOURS")
                    .put("owner", corpus.text(Field.GAIN_OWNER, i)).put("method", corpus.text(Field.GAIN_METHOD, i))
                    .put("frequency", "MONTHLY");
            g.putObject("baseline").put("value", 1000).put("date", "2025-01-01");
            g.putObject("target").put("value", 800).put("date", "2027-12-31");
            JsonNode gain = create("/initiatives/" + mainKey + "/gains", g, Map.of("title", Field.GAIN_TITLE,
                    "indicator", Field.GAIN_INDICATOR, "owner", Field.GAIN_OWNER, "method", Field.GAIN_METHOD));
            create("/initiatives/" + mainKey + "/gains/" + gain.get("id").asLong() + "/measurements",
                    JSON.createObjectNode().put("value", 950).put("date", "2025-06-01")
                            .put("comment", corpus.text(Field.MEASUREMENT_COMMENT, i)),
                    Map.of("comment", Field.MEASUREMENT_COMMENT));
        }

        for (int i = 0; i < corpus.size(); i++) {
            ObjectNode c = JSON.createObjectNode().put("audienceLevel", "STAFF").put("message", corpus.text(Field.COMMUNICATION_MESSAGE, i))
                    .put("channel", "EMAIL").put("date", LocalDate.of(2027, 1, 1).plusDays(i).toString())
                    .put("responsible", corpus.text(Field.COMMUNICATION_RESPONSIBLE, i));
            create("/initiatives/" + mainKey + "/communications", c, Map.of("message", Field.COMMUNICATION_MESSAGE,
                    "responsible", Field.COMMUNICATION_RESPONSIBLE));
        }
        mainCommunications = ok(admin.get("/initiatives/" + mainKey + "/communications")).get("communications");
        mainStakeholders = ok(admin.get("/initiatives/" + mainKey + "/stakeholders")).get("stakeholders");
        mainContacts = ok(admin.get(contacts));
        mainGains = ok(admin.get("/initiatives/" + mainKey + "/gains")).get("gains");
    }

    /**
     * POSTs {@code body}; a 400 on corpus fields (e.g. control characters in a one-line field) counts those payloads
     * as refused, replaces them by a plain text and tries again. Any other answer than 200/201 fails.
     */
    private static JsonNode create(String path, ObjectNode body, Map<String, Field> corpusFields) throws Exception {
        return send("POST", path, body, corpusFields);
    }

    /** As {@link #create}, with PUT for the endpoints that save a whole record (the HUKI matrix). */
    private static JsonNode send(String method, String path, ObjectNode body, Map<String, Field> corpusFields) throws Exception {
        Set<String> replaced = new LinkedHashSet<>();
        while (true) {
            Reply reply = "PUT".equals(method) ? admin.put(path, body.toString()) : admin.post(path, body.toString());
            if (reply.status() == 200 || reply.status() == 201) {
                corpusFields.forEach((p, f) -> {
                    if (!replaced.contains(p)) {
                        stored.merge(f, 1, Integer::sum);
                    }
                });
                return reply.body();
            }
            List<String> fields = new ArrayList<>();
            if (reply.status() == 400) {
                reply.body().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            }
            if (fields.isEmpty() || !corpusFields.keySet().containsAll(fields) || !replaced.addAll(fields)) {
                throw new AssertionError(method + " " + path + " " + body + " → " + reply.status() + " " + reply.body());
            }
            for (String p : fields) {
                refused.merge(corpusFields.get(p), 1, Integer::sum);
                replace(body, p, "Plain text instead of a refused payload");
            }
        }
    }

    /** Sets a field named like the REST errors do ({@code phases[0].steps[0].name}). */
    private static void replace(ObjectNode body, String path, String value) {
        JsonNode node = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            var m = FIELD_PATH.matcher(parts[i]);
            if (!m.matches()) {
                throw new AssertionError("unexpected field path " + path);
            }
            if (i == parts.length - 1 && m.group(2) == null) {
                ((ObjectNode) node).put(m.group(1), value);
                return;
            }
            node = node.get(m.group(1));
            if (m.group(2) != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            }
        }
        throw new AssertionError("unexpected field path " + path);
    }

    private static JsonNode ok(Reply reply) {
        assertEquals(reply.body().toString(), 200, reply.status());
        return reply.body();
    }

    // ----- the test ---------------------------------------------------------------------------------------------------

    @Test
    public void noPayloadRunsAnywhereAndStoredTextReadsBackAsText() throws Exception {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", corpus.hookScript));
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        login("admin", "admin");
        checkMainIssueView();
        checkStepsIssueView();
        render(new PageCheck("phase issue view", "/browse/" + mainPhaseIssueKey, "#roadmap-stakeholders"));
        checkTexts("phase issue: stakeholder names", texts(".roadmap-sh-name"), values(mainStakeholders, "name"));

        for (Tiny t : tinies) {
            render(new PageCheck("issue view of initiative " + t.key(), "/browse/" + t.key(), "#roadmap-progress"));
            checkTexts(t.key() + " summary in Jira's header", texts("#summary-val"), List.of(t.summary()));
            checkIncludes(t.key() + " summary in the progress panel", texts(".roadmap-progress-summary"), t.summary());
            checkTexts(t.key() + " phase", texts(".roadmap-phase-name"), List.of(t.phaseName()));
            checkTexts(t.key() + " step", texts(".roadmap-step label"), List.of(t.stepName()));
            checkContains(t.key() + " halt reason", texts(".roadmap-history-row td:last-child"), List.of(t.haltReason()));
            checkTinyPlanAndHandover(t);
        }
        for (PageCheck page : PROJECT_PAGES) {
            render(page);
            if (page.path().contains("roadmap/project")) {
                checkContains("project page summaries", texts(".roadmap-initiatives td:nth-child(2)"),
                        tinies.stream().map(Tiny::summary).toList());
                checkContains("project page template choice", texts("#roadmap-template option"),
                        tinies.stream().map(Tiny::templateName).toList());
            } else if (page.path().contains("roadmap/admin")) {
                checkContains("admin page template names", values("input.long-field[name='name']"),
                        oneLine(tinies.stream().map(Tiny::templateName).toList()));
                checkContains("admin page phase names", values("input.roadmap-phase-name"),
                        oneLine(tinies.stream().map(Tiny::phaseName).toList()));
            } else if (page.path().contains("roadmap/reporting-admin")) {
                checkContains("reporting admin unit sectors", texts(".roadmap-units-table td:first-child"), unitSectors);
            } else if (page.path().contains("roadmap/report")) {
                checkContains("summary unit names", texts(".roadmap-summary-unit h2"), unitLabels);
            } else if (page.path().startsWith("/issues/")) {
                checkContains("navigator summaries", texts("#issuetable td.summary"),
                        tinies.stream().map(Tiny::summary).toList());
            }
        }
        checkPilots();
        checkPortfolioGadgets();
        checkEchoingForms();
        checkMainHandoverPage();
        int cells = checkCsv("/export/stakeholders.csv?projects=DEMO", values(mainStakeholders, "name"))
                + checkCsv("/export/gains.csv?projects=DEMO", values(mainGains, "title"))
                + checkCsv("/export/risks.csv?projects=DEMO", values(mainRisks, "title"));
        Map<String, List<String>> workbookTexts = new LinkedHashMap<>();
        workbookTexts.put("Initiatives", tinies.stream().map(Tiny::summary).toList());
        workbookTexts.put("Gains", values(mainGains, "title"));
        workbookTexts.put("Measurements", measurementComments());
        workbookTexts.put("Stakeholders", values(mainStakeholders, "name"));
        workbookTexts.put("Risks", values(mainRisks, "title"));
        workbookTexts.put("Implementation", values(mainPlan.get("units"), "name"));
        workbookTexts.put("Status reports", publishedComments);
        cells += checkXlsx("/export/portfolio.xlsx?projects=DEMO", workbookTexts);

        int storedTotal = stored.values().stream().mapToInt(Integer::intValue).sum();
        int refusedTotal = refused.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("xss-corpus: payloads=" + corpus.size() + " fields=" + Field.values().length + " pages="
                + pagesChecked + " executed=" + executed);
        System.out.println("xss-corpus: stored=" + storedTotal + " refused=" + refusedTotal + " (refused per field: "
                + refusedByField() + ") dialogs=" + dialogsChecked + " csvCells=" + cells + " failures=" + failures.size());
        assertTrue(failures.size() + " problems:\n" + String.join("\n", failures), failures.isEmpty());
        assertEquals(0, executed);
    }

    private void checkMainIssueView() {
        open("/browse/" + mainKey);
        proveTheHooksSee("issue view of the main initiative");
        render(new PageCheck("issue view of the main initiative", "/browse/" + mainKey, "#roadmap-gains"));

        checkTexts("stakeholder names", texts(".roadmap-sh-name"), values(mainStakeholders, "name"));
        checkTexts("stakeholder groups", texts(".roadmap-sh-who .roadmap-sh-sub"), values(mainStakeholders, "group"));
        checkTexts("gain titles", texts("#roadmap-gains .roadmap-gain-title"), values(mainGains, "title"));
        checkTexts("gain indicators", texts(".roadmap-gain-indicator"), values(mainGains, "indicator"));
        checkTexts("gain owners", texts(".roadmap-gain-owner"), values(mainGains, "owner"));
        checkTexts("gain methods", texts(".roadmap-gain-method"), values(mainGains, "method"));
        checkTexts("measurement comments", texts(".roadmap-gain-comment"), measurementComments());
        checkContains("override reasons", texts(".roadmap-override-reason"), overrideReasons());
        checkMatrix("main initiative", mainRoles);
        checkTexts("communication messages", texts(".roadmap-comm-message"), values(mainCommunications, "message"));
        checkTexts("communication responsibles", texts(".roadmap-comm-responsible"), values(mainCommunications, "responsible"));
        List<String> superUsers = new ArrayList<>();
        mainPlan.get("units").forEach(u -> superUsers.addAll(values(u.get("superUsers"), "name")));
        checkTexts("implementation unit names", texts(".roadmap-impl-name"), values(mainPlan.get("units"), "name"));
        checkTexts("implementation outcomes", texts(".roadmap-impl-outcome"), values(mainPlan.get("units"), "monitoringOutcome").stream()
                .filter(t -> !t.isEmpty()).toList());
        checkTexts("implementation super-users", texts(".roadmap-impl-shift .roadmap-impl-names"), superUsers);
        checkTexts("status report comments", texts("#roadmap-reports-history .roadmap-reports-comment"), reportComments);
        checkExact("status report draft comment", values("#roadmap-report-comment"),
                List.of(reportComments.get(reportComments.size() - 1)));

        String label = "issue view of the main initiative, dialogs";
        List<Map<String, List<String>>> edits = dialogs(Map.of("openers", ".roadmap-stakeholder-edit",
                "dialog", "#roadmap-stakeholder-dialog", "fields", Map.of("name", "#roadmap-sh-name", "group", "#roadmap-sh-group",
                        "effect", "#roadmap-sh-effect", "owner", "#roadmap-sh-owner", "notes", "#roadmap-sh-notes")));
        for (String f : List.of("name", "group", "owner")) {
            checkExact("stakeholder edit dialog " + f, column(edits, f), oneLine(values(mainStakeholders, f)));
        }
        for (String f : List.of("effect", "notes")) {
            checkExact("stakeholder edit dialog " + f, column(edits, f), values(mainStakeholders, f));
        }
        List<Map<String, List<String>>> deletes = dialogs(Map.of("openers", ".roadmap-stakeholder-delete",
                "dialog", "#roadmap-stakeholder-delete-dialog", "fields", Map.of("name", ".roadmap-sh-delete-name")));
        checkExact("stakeholder delete dialog", column(deletes, "name"), values(mainStakeholders, "name"));
        List<Map<String, List<String>>> log = dialogs(Map.of("openers",
                ".roadmap-stakeholder-row[data-stakeholder-id='" + firstStakeholder + "'] .roadmap-stakeholder-contact",
                "dialog", "#roadmap-contact-dialog", "waitFor", ".roadmap-contact-agreed", "minItems", mainContacts.size(),
                "fields", Map.of("agreed", ".roadmap-contact-agreed")));
        checkContains("contact log", log.isEmpty() ? List.of() : log.get(0).getOrDefault("agreed", List.of()),
                values(mainContacts, "agreed"));

        List<Map<String, List<String>>> commEdits = dialogs(Map.of("openers", ".roadmap-communication-edit",
                "dialog", "#roadmap-communication-dialog", "fields", Map.of("message", "#roadmap-comm-message",
                        "responsible", "#roadmap-comm-responsible")));
        checkExact("communication edit dialog message", column(commEdits, "message"), values(mainCommunications, "message"));
        checkExact("communication edit dialog responsible", column(commEdits, "responsible"),
                oneLine(values(mainCommunications, "responsible")));
        List<Map<String, List<String>>> commDeletes = dialogs(Map.of("openers", ".roadmap-communication-delete",
                "dialog", "#roadmap-communication-delete-dialog", "fields", Map.of("name", ".roadmap-comm-delete-name")));
        checkExact("communication delete dialog", column(commDeletes, "name"), deleteNames(mainCommunications));

        List<Map<String, List<String>>> gainEdits = dialogs(Map.of("openers", "#roadmap-gains .roadmap-gain-edit",
                "dialog", "#roadmap-gain-dialog", "fields", Map.of("title", "#roadmap-gain-title",
                        "indicator", "#roadmap-gain-indicator", "owner", "#roadmap-gain-owner", "method", "#roadmap-gain-method")));
        for (String f : List.of("title", "indicator", "owner")) {
            checkExact("gain edit dialog " + f, column(gainEdits, f), oneLine(values(mainGains, f)));
        }
        checkExact("gain edit dialog method", column(gainEdits, "method"), values(mainGains, "method"));
        List<Map<String, List<String>>> measures = dialogs(Map.of("openers", "#roadmap-gains .roadmap-gain-measure",
                "dialog", "#roadmap-gain-measure-dialog", "fields", Map.of("title", ".roadmap-gain-measure-name")));
        checkExact("gain measure dialog", column(measures, "title"), values(mainGains, "title"));
        List<Map<String, List<String>>> gainDeletes = dialogs(Map.of("openers", "#roadmap-gains .roadmap-gain-delete",
                "dialog", "#roadmap-gain-delete-dialog", "fields", Map.of("title", ".roadmap-gain-delete-name")));
        checkExact("gain delete dialog", column(gainDeletes, "title"), values(mainGains, "title"));

        checkRisks();
        probe(label);
    }

    /** The risk register of the main initiative: its texts, and the risk and measure dialogs that prefill them. */
    private void checkRisks() {
        List<String> measureTexts = new ArrayList<>();
        List<String> measureOwners = new ArrayList<>();
        mainRisks.forEach(r -> r.get("measures").forEach(m -> {
            measureTexts.add(m.get("text").asText());
            measureOwners.add(text(m, "ownerName"));
        }));
        checkTexts("risk titles", texts("#roadmap-risk-table .roadmap-risk-title"), values(mainRisks, "title"));
        checkTexts("risk contingency actions", texts(".roadmap-risk-contingency"), nonBlank(values(mainRisks, "contingency")));
        checkTexts("risk owners", texts(".roadmap-risk-owner"), values(mainRisks, "ownerName"));
        checkTexts("risk measure texts", texts(".roadmap-risk-measure-text"), measureTexts);
        checkTexts("risk measure owners", texts(".roadmap-risk-measure-owner"), nonBlank(measureOwners));

        List<Map<String, List<String>>> edits = dialogs(Map.of("openers", ".roadmap-risk-edit", "dialog", "#roadmap-risk-dialog",
                "fields", Map.of("title", "#roadmap-risk-title", "description", "#roadmap-risk-description",
                        "cause", "#roadmap-risk-cause", "contingency", "#roadmap-risk-contingency", "owner", "#roadmap-risk-owner",
                        "acceptance", "#roadmap-risk-acceptance")));
        for (String f : List.of("title", "owner")) {
            checkExact("risk edit dialog " + f, column(edits, f), oneLine(values(mainRisks, f)));
        }
        for (String f : List.of("description", "cause", "contingency")) {
            checkExact("risk edit dialog " + f, column(edits, f), values(mainRisks, f));
        }
        List<String> reasons = new ArrayList<>();
        mainRisks.forEach(r -> reasons.add(r.get("acceptance").get("reason").asText()));
        checkExact("risk edit dialog acceptance reason", column(edits, "acceptance"), reasons);

        List<Map<String, List<String>>> measureEdits = dialogs(Map.of("openers", ".roadmap-risk-edit-measure",
                "dialog", "#roadmap-measure-dialog", "fields", Map.of("text", "#roadmap-measure-text", "owner", "#roadmap-measure-owner")));
        List<String> rawOwners = new ArrayList<>();
        mainRisks.forEach(r -> r.get("measures").forEach(m -> rawOwners.add(text(m, "owner"))));
        checkExact("measure edit dialog text", column(measureEdits, "text"), measureTexts);
        checkExact("measure edit dialog owner", column(measureEdits, "owner"), oneLine(rawOwners));
    }

    /** The printable handover page of the main initiative: every risk is open (high), with its acceptance and measure. */
    private void checkMainHandoverPage() {
        render(new PageCheck("handover page of the main initiative", "/plugins/servlet/roadmap/handover?issueKey=" + mainKey,
                "#roadmap-handover-page"));
        List<String> reasons = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        mainRisks.forEach(r -> {
            reasons.add(r.get("acceptance").get("reason").asText());
            r.get("measures").forEach(m -> measures.add(m.get("text").asText()));
        });
        checkTexts("handover page risk titles", texts(".roadmap-handover-risk-title"), values(mainRisks, "title"));
        checkTexts("handover page acceptance reasons", texts(".roadmap-handover-acceptance"), reasons);
        checkTexts("handover page measures", texts(".roadmap-handover-measure"), measures);
    }

    /** Tiny initiative i: its contingency plan and handover texts in the panel, its dialogs and its handover page. */
    private void checkTinyPlanAndHandover(Tiny t) {
        String plan = text(tinyPlans.get(t.payload()), "text");
        JsonNode handover = tinyHandovers.get(t.payload());
        checkTexts(t.key() + " contingency plan", texts(".roadmap-risk-plan-text"), nonBlank(List.of(plan)));
        checkExact(t.key() + " contingency plan dialog", values("#roadmap-plan-text"), List.of(plan));
        for (String f : List.of("participants", "finalReport", "learningPoints")) {
            checkExact(t.key() + " handover dialog " + f, values("#roadmap-handover-" + f), List.of(text(handover, f)));
        }
        render(new PageCheck("handover page of " + t.key(), "/plugins/servlet/roadmap/handover?issueKey=" + t.key(),
                "#roadmap-handover-page"));
        checkTexts(t.key() + " handover page plan", texts("#roadmap-handover-plan"), nonBlank(List.of(plan)));
        for (String f : List.of("participants", "finalReport", "learningPoints")) {
            checkTexts(t.key() + " handover page " + f, texts("#roadmap-handover-page-" + f), List.of(text(handover, f)));
        }
    }

    /** The field's text, "" when null or absent. */
    /** What the panel lists: only texts that are set. */
    private static List<String> nonBlank(List<String> texts) {
        return texts.stream().filter(t -> !t.isBlank()).toList();
    }

    /**
     * HUKI names: as text in the server-rendered grid (hidden for editors, still in the page), as values in the
     * editor the script builds, and in its cell labels.
     */
    private void checkMatrix(String where, JsonNode roles) {
        List<String> procedures = values(roles.get("procedures"), "name");
        List<String> actors = values(roles.get("actors"), "name");
        checkTexts("HUKI procedures, " + where, texts("#roadmap-roles-table .roadmap-roles-procedure"), procedures);
        checkTexts("HUKI actors, " + where, texts("#roadmap-roles-table .roadmap-roles-actor-name"), actors);
        await("the HUKI editor, " + where, d -> values("#roadmap-roles-grid .roadmap-roles-procedure .roadmap-roles-name").size()
                == procedures.size());
        checkExact("HUKI procedure inputs, " + where, values("#roadmap-roles-grid .roadmap-roles-procedure .roadmap-roles-name"),
                procedures);
        checkExact("HUKI actor inputs, " + where, values("#roadmap-roles-grid .roadmap-roles-actor .roadmap-roles-name"), actors);
        dialogsChecked++;
    }

    /** Step names: listed as open by an override, as the current steps, and by a blocked move (from its 409). */
    private void checkStepsIssueView() {
        render(new PageCheck("issue view of the steps initiative", "/browse/" + stepsKey, "#roadmap-progress"));
        checkMatrix("steps initiative", stepsRoles);
        checkContains("open steps listed by the override", texts(".roadmap-missing li"), stepNames(stepsInitiative, 0));
        checkTexts("current steps", texts(".roadmap-step label"), openInsightSteps);
        js().executeScript("document.getElementById('roadmap-move-to').value = 'SERVICE_DEVELOPMENT';"
                + "document.getElementById('roadmap-move-submit').click();");
        await("the open steps of a blocked move", d -> texts(".roadmap-missing-steps li").size() == openInsightSteps.size());
        checkExact("open steps of a blocked move", texts(".roadmap-missing-steps li"), openInsightSteps);
        dialogsChecked++;
        probe("issue view of the steps initiative, blocked move");
    }

    /** The hooks must see a payload that does run, or a clean result would prove nothing. */
    private void proveTheHooksSee(String label) {
        js().executeScript("var d = document.createElement('div'); document.body.appendChild(d);"
                + "d.innerHTML = arguments[0];", corpus.text(Field.GAIN_TITLE, 2));
        waiting(WAIT).until(d -> {
            Map<String, Object> r = probeResult();
            return !list(r, "hits").isEmpty() && !list(r, "injected").isEmpty();
        });
        Map<String, Object> r = probeResult();
        assertTrue(label + ": the planted payload was seen: " + r, list(r, "hits").contains("hook:" + Field.GAIN_TITLE.id(2)));
    }

    /** Forms that show what was typed again: a refused initiative summary and a copied template's name. */
    private void checkEchoingForms() {
        String tooLong = " " + "x".repeat(200);
        // The refusal shows the form again with what was typed, so each refusal page sends the next payload.
        render(new PageCheck("project page", "/plugins/servlet/roadmap/project?projectKey=DEMO", "#roadmap-summary"));
        for (int i = 0; i < corpus.size(); i++) {
            String typed = corpus.text(Field.INITIATIVE_SUMMARY, i) + tooLong;
            js().executeScript("document.querySelector('.roadmap-error') && document.querySelector('.roadmap-error').remove();"
                    + "document.getElementById('roadmap-summary').value = arguments[0];"
                    + "document.getElementById('roadmap-create-submit').click();", typed);
            await("the refusal of summary " + i, d -> !d.findElements(By.cssSelector(".roadmap-error")).isEmpty());
            pagesChecked++;
            probe("project page refusing summary " + i);
            // A one-line input drops line breaks from its value; everything else comes back as typed.
            checkExact("echoed summary " + i, values("#roadmap-summary"), oneLine(List.of(typed)));
        }
        render(new PageCheck("admin page", "/plugins/servlet/roadmap/admin", "#roadmap-admin"));
        for (int i = 0; i < corpus.size(); i += 7) {
            String name = corpus.text(Field.TEMPLATE_NAME, i);
            js().executeScript("document.querySelectorAll('.roadmap-message, .roadmap-error').forEach(function (m) { m.remove(); });"
                    + "var f = document.querySelector('.roadmap-copy-form'); f.elements.name.value = arguments[0];"
                    + "f.querySelector('.roadmap-copy').click();", name);
            await("the answer to copying template " + i,
                    d -> !d.findElements(By.cssSelector(".roadmap-message, .roadmap-error")).isEmpty());
            pagesChecked++;
            probe("admin page after copying template " + i);
            checkIncludes("admin page message on copying template " + i, texts(".roadmap-message"), oneLine(List.of(name)).get(0));
        }
        // Leader access: no payload is a Jira group, so each is refused, named in the error and kept in the text area.
        render(new PageCheck("reporting admin page", "/plugins/servlet/roadmap/reporting-admin", "#roadmap-leader-access"));
        for (int i = 0; i < corpus.size(); i++) {
            String typed = corpus.text(Field.LEADER_GROUP, i) + "\nno-such-group-" + i;
            js().executeScript("document.querySelectorAll('.roadmap-message, .roadmap-error').forEach(function (m) { m.remove(); });"
                    + "document.getElementById('roadmap-leader-groups').value = arguments[0];"
                    + "document.getElementById('roadmap-leader-submit').click();", typed);
            await("the refusal of leader group " + i, d -> !d.findElements(By.cssSelector(".roadmap-error")).isEmpty());
            pagesChecked++;
            probe("reporting admin page refusing leader group " + i);
            // A text area's value has its line breaks as \n, whatever was sent.
            checkExact("echoed leader groups " + i, values("#roadmap-leader-groups"),
                    List.of(typed.replace("\r\n", "\n").replace('\r', '\n')));
            String named = java.util.Arrays.stream(typed.split("\\R")).filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
            checkIncludes("error naming leader group " + i, texts(".roadmap-error"), normalise(named));
        }
    }

    // ----- CSV ---------------------------------------------------------------------------------------------------------

    /** No cell starts a formula; {@code expected} texts are in the export, defused with a leading apostrophe. */
    private int checkCsv(String path, List<String> expected) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(path, 200, response.statusCode());
        assertTrue(path + " is served as CSV", response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(path + " is a download", response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String body = response.body();
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1);
        }
        int cells = 0;
        Set<String> all = new LinkedHashSet<>();
        try (CSVParser parser = CSVFormat.EXCEL.parse(new StringReader(body))) {
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    cells++;
                    all.add(cell);
                    if (!cell.isEmpty() && FORMULA_START.contains(cell.charAt(0)) && !PLAIN_NUMBER.matcher(cell).matches()) {
                        failures.add(path + " line " + record.getRecordNumber() + ": a cell starts a formula: " + cell);
                    }
                }
            }
        }
        for (String text : expected) {
            String defused = !text.isEmpty() && FORMULA_START.contains(text.charAt(0)) ? "'" + text : text;
            if (!all.contains(defused)) {
                failures.add(path + ": missing the cell " + defused);
            }
        }
        pagesChecked++;
        return cells;
    }

    /**
     * The workbook (docs/workbook.md: text is written as a string, never as a formula, and not prefixed): no part
     * holds a formula element or a formula-string cell, and each sheet holds every stored text of its feature as one
     * cell, exactly as stored (but the characters XML 1.0 cannot hold, which become spaces).
     */
    private int checkXlsx(String path, Map<String, List<String>> expectedPerSheet) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUrl() + "/rest/roadmap/1.0" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(path, 200, response.statusCode());
        no.veikart.roadmap.workbook.rest.XlsxFile xlsx = no.veikart.roadmap.workbook.rest.XlsxFile.read(response.body());
        assertEquals(path + ": the seven sheets", 7, xlsx.sheets().size());
        if (xlsx.hasFormula()) {
            failures.add(path + ": a part holds a formula element");
        }
        for (String xml : xlsx.worksheetXml()) {
            if (xml.contains("t=\"str\"")) {
                failures.add(path + ": a cell holds a formula's result string");
            }
        }
        int cells = 0;
        for (Map.Entry<String, List<String>> sheet : expectedPerSheet.entrySet()) {
            List<org.dhatim.fastexcel.reader.Row> rows = xlsx.sheets().get(sheet.getKey());
            if (rows == null) {
                failures.add(path + ": no sheet " + sheet.getKey() + " in " + xlsx.sheets().keySet());
                continue;
            }
            Set<String> all = new LinkedHashSet<>();
            for (org.dhatim.fastexcel.reader.Row row : rows) {
                for (org.dhatim.fastexcel.reader.Cell cell : row) {
                    if (cell != null) {
                        cells++;
                        all.add(cell.getText());
                        if (cell.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA) {
                            failures.add(path + " sheet " + sheet.getKey() + ": a formula cell " + cell.getAddress());
                        }
                    }
                }
            }
            if (sheet.getValue().isEmpty()) {
                failures.add(path + " sheet " + sheet.getKey() + ": the test stored no text for it");
            }
            for (String text : sheet.getValue()) {
                String asExcelHoldsIt = text.chars().mapToObj(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
                        ? String.valueOf((char) c) : " ").collect(java.util.stream.Collectors.joining());
                if (!all.contains(asExcelHoldsIt)) {
                    failures.add(path + " sheet " + sheet.getKey() + ": missing the cell " + asExcelHoldsIt);
                }
            }
        }
        pagesChecked++;
        return cells;
    }

    private void checkPortfolioGadgets() {
        open("/secure/Dashboard.jspa");
        await("two portfolio gadgets with their figures",
                d -> d.findElements(By.cssSelector(".roadmap-portfolio-scope")).size() == 2
                        && !d.findElements(By.cssSelector(".roadmap-portfolio [data-section='overdue']")).isEmpty());
        probe("dashboard with portfolio gadgets");
        checkIncludes("portfolio gadget scope: the filter's name", texts(".roadmap-portfolio-scope"),
                corpus.text(Field.SAVED_FILTER_NAME, 0));
        List<WebElement> edit = driver.findElements(By.cssSelector(".dashboard-item-frame .gadget-edit"));
        if (edit.size() != 2) {
            failures.add("portfolio gadgets: " + edit.size() + " edit buttons");
            return;
        }
        edit.get(1).click();
        await("portfolio gadget settings with the favourite filters",
                d -> !d.findElements(By.cssSelector("select[name='filterId'][data-loaded='true']")).isEmpty());
        pagesChecked++;
        probe("portfolio gadget settings");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            names.add(corpus.text(Field.SAVED_FILTER_NAME, i));
        }
        checkContains("portfolio gadget settings: favourite filter names", texts("select[name='filterId'] option"),
                names);
    }

    // ----- rendering and probing ---------------------------------------------------------------------------------------

    private void render(PageCheck page) {
        open(page.path());
        // Markup that got in can swallow the rest of the page; that is a failure, and the hooks are still read.
        await(page.label() + ": " + page.readySelector(), d -> !d.findElements(By.cssSelector(page.readySelector())).isEmpty());
        pagesChecked++;
        probe(page.label());
        List<String> renderErrors = texts(".roadmap-sandbox-render-error");
        if (!renderErrors.isEmpty()) {
            failures.add(page.label() + ": render errors " + renderErrors);
        }
    }

    /** Waits for {@code condition}; a timeout is one more failure, not the end of the test. */
    @Override
    protected void await(String what, Function<WebDriver, Boolean> condition) {
        try {
            waiting(WAIT).until(condition::apply);
        } catch (TimeoutException e) {
            failures.add(what + ": never appeared");
        }
    }

    private void probe(String label) {
        Map<String, Object> r = probeResult();
        if (!Boolean.TRUE.equals(r.get("hookInstalled"))) {
            failures.add(label + ": the hooks were not installed");
            return;
        }
        for (Object hit : list(r, "hits")) {
            executed++;
            failures.add(label + ": EXECUTED " + corpus.explain(String.valueOf(hit)));
        }
        for (Object injected : list(r, "injected")) {
            failures.add(label + ": markup got in: " + corpus.explain(String.valueOf(injected)));
        }
        for (Object error : list(r, "scriptErrors")) {
            failures.add(label + ": script error " + error);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> probeResult() {
        return (Map<String, Object>) js().executeScript(corpus.probeScript);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> result, String name) {
        Object value = result.get(name);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, List<String>>> dialogs(Map<String, Object> spec) {
        List<Map<String, List<String>>> results;
        try {
            results = new ArrayList<>((List<Map<String, List<String>>>) js().executeAsyncScript(corpus.dialogScript, spec));
        } catch (WebDriverException e) {
            failures.add("dialogs from " + spec.get("openers") + " failed: " + e.getMessage().lines().findFirst().orElse(""));
            return List.of();
        }
        for (Map<String, List<String>> r : results) {
            if (r.containsKey("error")) {
                failures.add(r.get("error").toString());
            }
        }
        results.removeIf(r -> r.containsKey("error"));
        dialogsChecked += results.size();
        return results;
    }

    private static List<String> column(List<Map<String, List<String>>> results, String field) {
        return results.stream().map(r -> r.getOrDefault(field, List.of()).isEmpty() ? null : r.get(field).get(0)).toList();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** textContent (hidden elements included) of every match, in document order. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        return (List<String>) js().executeScript("return Array.prototype.map.call(document.querySelectorAll(arguments[0]),"
                + " function (e) { return e.textContent; });", selector);
    }

    @SuppressWarnings("unchecked")
    private List<String> values(String selector) {
        return (List<String>) js().executeScript("return Array.prototype.map.call(document.querySelectorAll(arguments[0]),"
                + " function (e) { return e.value; });", selector);
    }

    // ----- comparing texts ---------------------------------------------------------------------------------------------

    private static List<String> values(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).isNull() ? "" : n.path(field).asText()));
        return out;
    }

    private static List<String> measurementComments() {
        List<String> out = new ArrayList<>();
        mainGains.forEach(g -> g.path("measurements").forEach(m -> out.add(m.path("comment").asText())));
        return out;
    }

    private static List<String> stepNames(JsonNode initiative, int phase) {
        List<String> out = new ArrayList<>();
        initiative.get("phases").get(phase).get("steps").forEach(s -> out.add(s.get("name").asText()));
        return out;
    }

    private static List<String> overrideReasons() {
        List<String> out = new ArrayList<>();
        mainInitiative.path("history").forEach(m -> {
            if (m.hasNonNull("overrideReason")) {
                out.add(m.get("overrideReason").asText());
            }
        });
        return out;
    }

    /** Rendered text equals the stored text as a browser shows it (runs of white space are one space). */
    private void checkTexts(String what, List<String> shown, List<String> storedTexts) {
        List<String> a = shown.stream().map(XssCorpusBrowserIT::normalise).sorted().toList();
        List<String> b = storedTexts.stream().map(XssCorpusBrowserIT::normalise).sorted().toList();
        if (!a.equals(b)) {
            failures.add(what + ": shown " + difference(a, b) + " but stored " + difference(b, a));
        }
    }

    private void checkContains(String what, List<String> shown, List<String> storedTexts) {
        Set<String> a = new LinkedHashSet<>(shown.stream().map(XssCorpusBrowserIT::normalise).toList());
        List<String> missing = storedTexts.stream().map(XssCorpusBrowserIT::normalise).filter(t -> !a.contains(t)).toList();
        if (!missing.isEmpty()) {
            failures.add(what + ": not shown as text: " + missing);
        }
    }

    private void checkIncludes(String what, List<String> shown, String storedText) {
        String text = normalise(storedText);
        if (shown.stream().map(XssCorpusBrowserIT::normalise).noneMatch(t -> t.contains(text))) {
            failures.add(what + ": " + text + " not in " + shown);
        }
    }

    /** Form values equal the stored text exactly. */
    private void checkExact(String what, List<String> shown, List<String> storedTexts) {
        List<String> a = shown.stream().map(s -> s == null ? "<none>" : s).sorted().toList();
        List<String> b = storedTexts.stream().sorted().toList();
        if (!a.equals(b)) {
            failures.add(what + ": shown " + difference(a, b) + " but stored " + difference(b, a));
        }
    }

    /** What a one-line input shows of a text: its value drops line breaks. */
    /** What the communication delete dialog names: the entry's date and message. */
    private static List<String> deleteNames(JsonNode communications) {
        List<String> out = new ArrayList<>();
        communications.forEach(c -> out.add(c.get("dateDisplay").asText() + " · " + c.get("message").asText()));
        return out;
    }

    private static List<String> oneLine(List<String> texts) {
        return texts.stream().map(t -> t.replace("\r", "").replace("\n", "")).toList();
    }

    private static List<String> difference(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String refusedByField() {
        StringBuilder b = new StringBuilder();
        refused.forEach((f, n) -> {
            if (n > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(f.label).append(' ').append(n);
            }
        });
        return b.length() == 0 ? "none" : b.toString();
    }
}
