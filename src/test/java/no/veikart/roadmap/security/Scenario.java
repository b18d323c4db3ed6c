package no.veikart.roadmap.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import no.veikart.roadmap.security.Endpoints.Endpoint;

/**
 * Concrete requests for the endpoint templates: fresh records to point them at (an initiative in DEMO and one in
 * HELSE, each with a stakeholder, a gain and a measurement, and a template of their own), a valid body for every
 * state-changing endpoint, and a snapshot of all of it to prove that a refused request changed nothing.
 *
 * <p>Cases pick what the path names: {@code -} the DEMO records; {@code helse} the HELSE records; {@code unknown}
 * the last path variable does not exist; {@code foreign} the key is DEMO's but the ids belong to HELSE's initiative;
 * {@code phase} the key is a phase issue of the DEMO initiative. After a request that succeeded, the records it
 * changed are made afresh, so each request meets the same state.
 */
final class Scenario {
    static final List<String> CASES = List.of("-", "helse", "unknown", "foreign", "phase");
    static final String UNKNOWN_ID = "987654321";
    static final String UNKNOWN_KEY = "NOPE-404";
    static final String UNKNOWN_PROJECT = "NOPE";

    static final String STAKEHOLDER = "{\"name\":\"Security fixture\",\"group\":\"Staff\",\"level\":\"STAFF\","
            + "\"effect\":\"Affected\",\"attitude\":0,\"desiredAttitude\":2,\"influence\":3,\"interest\":4,\"involvement\":\"INVOLVE\"";
    static final String GAIN = "{\"type\":\"TIME\",\"title\":\"Fewer care hours\",\"unit\":\"HOURS\","
            + "\"baseline\":{\"value\":100,\"date\":\"2025-01-01\"},\"target\":{\"value\":80,\"date\":\"2025-12-31\"},\"frequency\":\"MONTHLY\"";
    static final String MEASUREMENT = "{\"value\":95,\"date\":\"2025-02-01\",\"comment\":\"Monthly report\"}";
    static final String ECONOMICS = "{\"hourlyRate\":750,\"currency\":\"DKK\",\"horizonYears\":5}";
    static final String CONTACT = "{\"date\":\"2025-03-01\",\"agreed\":\"Meeting held\"}";
    static final String ROLES = "{\"version\":0,\"procedures\":[{\"id\":-1,\"name\":\"Visitasjon\"}],"
            + "\"actors\":[{\"id\":-2,\"name\":\"Terapeut\",\"kind\":\"ROLE\"}],"
            + "\"cells\":[{\"procedureId\":-1,\"actorId\":-2,\"role\":\"PRINCIPAL\"}]}";
    /** A done entry to the records' stakeholder: it can be logged into the contact log once. */
    static final String COMMUNICATION = "\"message\":\"Briefing before the pilot\",\"channel\":\"MEETING\",\"date\":\"2025-03-01\","
            + "\"responsible\":\"Project lead\",\"status\":\"DONE\"";
    static final String UNIT = "{\"name\":\"Security district\",\"staff\":12,\"shifts\":[\"DAY\",\"NIGHT\"],\"status\":\"TRAINING\","
            + "\"plannedGoLive\":\"2025-06-01\",\"monitoringOutcome\":\"As expected\"";
    static final String SUPER_USER = "{\"name\":\"Security super-user\",\"shift\":\"DAY\",\"from\":\"2025-01-01\",\"to\":\"2025-12-31\"}";
    static final String TRAINING = "{\"date\":\"2025-05-01\",\"kind\":\"INITIAL\",\"trained\":10,\"trainer\":\"Trainer\",\"hours\":2.5}";
    static final String NEW_STAFF = "{\"date\":\"2025-08-01\",\"count\":2}";
    static final String OBSERVATION = "{\"date\":\"2025-02-01\",\"dimension\":\"PEOPLE\",\"text\":\"Security observation\"}";
    private static final java.util.concurrent.atomic.AtomicInteger NEW_GAINS = new java.util.concurrent.atomic.AtomicInteger();
    static final String EVALUATION = "\"people\":{\"rating\":4},\"organisation\":{\"rating\":3},\"technology\":{\"rating\":5},"
            + "\"gains\":{\"rating\":2},\"recommendation\":\"FURTHER_TESTS\",\"reasons\":\"Security evaluation\","
            + "\"newGains\":\"Security gain found\"";
    static final String RISK = "{\"title\":\"Security risk\",\"description\":\"Described\",\"cause\":\"Caused\","
            + "\"category\":\"TECHNOLOGY\",\"likelihood\":4,\"consequence\":3,\"residualLikelihood\":2,\"residualConsequence\":2,"
            + "\"contingency\":\"Fallback\",\"owner\":\"member\",\"nextReview\":\"2030-01-01\","
            // a complete measure, so that a hostile value in one of its fields is the only thing wrong with it
            + "\"measures\":[{\"text\":\"Security measure\",\"owner\":\"member\",\"due\":\"2030-01-01\",\"status\":\"PLANNED\"}]";
    static final String MEASURE = "{\"text\":\"Security measure\",\"owner\":\"member\",\"due\":\"2030-01-01\",\"status\":\"PLANNED\"}";
    static final String HANDOVER = "{\"meetingDate\":\"2030-01-01\",\"operationsOwner\":\"member\",\"finalReport\":\"Report\","
            + "\"gainPlanReviewed\":false,\"riskAnalysisReviewed\":true,\"participants\":\"Team\",\"learningPoints\":\"Learnt\","
            + "\"outcome\":\"PENDING\"";
    static final String TEMPLATE_PHASES = "\"phases\":[{\"key\":\"ANCHORING\",\"steps\":[{\"key\":\"BUILD_TEAM\",\"mandatory\":true}]}]";

    /** A valid body for each state-changing endpoint (by {@code Endpoint.id()}); null means none is sent. */
    static final Map<String, Function<Call, String>> BODIES = new LinkedHashMap<>();

    static {
        BODIES.put("POST /templates", c -> "{\"name\":\"Security template\"," + TEMPLATE_PHASES + "}");
        BODIES.put("PUT /templates/{id}", c -> "{\"name\":\"Security template renamed\",\"version\":" + c.template().version + ","
                + TEMPLATE_PHASES + "}");
        BODIES.put("POST /projects/{projectKey}/setup", c -> null);
        BODIES.put("POST /portfolio/rebuild", c -> null);
        BODIES.put("PUT /leader-access", c -> "{\"groups\":[\"portefolje-ledere\"],\"projects\":[\"DEMO\",\"HELSE\",\"SKOLE\"],"
                + "\"version\":" + c.leaderAccessVersion().getAsLong() + "}");
        BODIES.put("POST /initiatives", c -> "{\"projectKey\":\"" + c.project() + "\",\"summary\":\"Security initiative\",\"templateId\":"
                + c.smallTemplateId() + "}");
        BODIES.put("POST /initiatives/{key}/phase", c -> "{\"to\":\"INSIGHT\",\"overrideReason\":\"Security test\"}");
        BODIES.put("PUT /initiatives/{key}/steps/{stepKey}", c -> "{\"done\":true}");
        BODIES.put("POST /initiatives/{key}/stakeholders", c -> STAKEHOLDER + "}");
        BODIES.put("PUT /initiatives/{key}/stakeholders/{id}", c -> STAKEHOLDER + ",\"notes\":\"changed\",\"version\":"
                + c.ids().stakeholderVersion + "}");
        BODIES.put("DELETE /initiatives/{key}/stakeholders/{id}", c -> null);
        BODIES.put("POST /initiatives/{key}/stakeholders/{id}/contacts", c -> CONTACT);
        BODIES.put("POST /initiatives/{key}/stakeholders/{id}/erase", c -> null);
        BODIES.put("PUT /initiatives/{key}/economics", c -> c.keyRecords().economicsVersion == null ? ECONOMICS
                : ECONOMICS.replace("}", ",\"version\":" + c.keyRecords().economicsVersion + "}"));
        BODIES.put("POST /initiatives/{key}/gains", c -> GAIN + "}");
        BODIES.put("PUT /initiatives/{key}/gains/{id}", c -> GAIN.replace("Fewer care hours", "Fewer hours") + ",\"version\":"
                + c.ids().gainVersion + "}");
        BODIES.put("DELETE /initiatives/{key}/gains/{id}", c -> null);
        BODIES.put("POST /initiatives/{key}/gains/{id}/measurements", c -> MEASUREMENT);
        BODIES.put("DELETE /initiatives/{key}/gains/{id}/measurements/{measurementId}", c -> null);
        BODIES.put("POST /initiatives/{key}/communications", c -> "{\"audienceLevel\":\"STAFF\"," + COMMUNICATION + "}");
        BODIES.put("PUT /initiatives/{key}/communications/{id}", c -> "{\"stakeholderId\":" + c.ids().stakeholderId + ","
                + COMMUNICATION.replace("Briefing", "Changed briefing") + ",\"version\":" + c.ids().communicationVersion + "}");
        BODIES.put("DELETE /initiatives/{key}/communications/{id}", c -> null);
        BODIES.put("POST /initiatives/{key}/communications/{id}/contact-log", c -> "{\"version\":" + c.ids().communicationVersion + "}");
        BODIES.put("POST /initiatives/{key}/status-reports", c -> "{\"period\":\"2026-02\",\"comment\":\"Security report\"}");
        BODIES.put("PUT /initiatives/{key}/status-reports/{id}", c -> "{\"period\":\"2026-01\",\"overall\":\"RED\",\"phase\":\"RED\","
                + "\"gains\":\"RED\",\"anchoring\":\"RED\",\"risks\":\"RED\",\"comment\":\"changed\",\"version\":" + c.ids().reportVersion + "}");
        BODIES.put("POST /initiatives/{key}/status-reports/{id}/publish", c -> "{\"version\":" + c.ids().reportVersion + "}");
        BODIES.put("PUT /initiatives/{key}/roles", c -> ROLES.replace("{\"version\":0", "{\"version\":" + c.keyRecords().rolesVersion));
        BODIES.put("POST /initiatives/{key}/implementation/units", c -> UNIT + "}");
        BODIES.put("PUT /initiatives/{key}/implementation/units/{id}", c -> UNIT + ",\"version\":" + c.ids().unitVersion + "}");
        BODIES.put("DELETE /initiatives/{key}/implementation/units/{id}", c -> null);
        BODIES.put("POST /initiatives/{key}/implementation/units/{id}/super-users", c -> SUPER_USER);
        BODIES.put("POST /initiatives/{key}/implementation/units/{id}/trainings", c -> TRAINING);
        BODIES.put("POST /initiatives/{key}/implementation/units/{id}/new-staff", c -> NEW_STAFF);
        BODIES.put("DELETE /initiatives/{key}/implementation/units/{id}/super-users/{rowId}", c -> null);
        BODIES.put("DELETE /initiatives/{key}/implementation/units/{id}/trainings/{rowId}", c -> null);
        BODIES.put("DELETE /initiatives/{key}/implementation/units/{id}/new-staff/{rowId}", c -> null);
        BODIES.put("PUT /initiatives/{key}/pilots/{round}/plan", c -> "{\"goals\":\"Security plan\",\"startDate\":\"2025-01-01\","
                + "\"endDate\":\"2025-03-31\",\"participants\":{\"users\":3},\"version\":" + c.keyRecords().pilotVersion + "}");
        BODIES.put("PUT /initiatives/{key}/pilots/{round}/evaluation", c -> "{" + EVALUATION + ",\"version\":"
                + c.keyRecords().pilotVersion + "}");
        BODIES.put("POST /initiatives/{key}/pilots/{round}/observations", c -> OBSERVATION);
        BODIES.put("DELETE /initiatives/{key}/pilots/{round}/observations/{id}", c -> null);
        // Each valid call adds a gain; a title already there would be a 409, so every call names a new one.
        BODIES.put("POST /initiatives/{key}/pilots/{round}/gains", c -> "{\"title\":\"Security new gain "
                + NEW_GAINS.incrementAndGet() + "\"}");
        BODIES.put("POST /initiatives/{key}/risks", c -> RISK + "}");
        BODIES.put("PUT /initiatives/{key}/risks/{id}", c -> RISK + ",\"acceptance\":{\"reason\":\"Accepted\"},\"version\":"
                + c.ids().riskVersion + "}");
        BODIES.put("DELETE /initiatives/{key}/risks/{id}", c -> null);
        BODIES.put("POST /initiatives/{key}/risks/{id}/measures", c -> MEASURE);
        BODIES.put("PUT /initiatives/{key}/risks/{id}/measures/{measureId}", c -> MEASURE.replace("}", ",\"version\":"
                + c.ids().riskVersion + "}"));
        BODIES.put("PUT /initiatives/{key}/risks/contingency-plan", c -> "{\"text\":\"Security plan\"}");
        BODIES.put("PUT /initiatives/{key}/handover", c -> HANDOVER + ",\"version\":" + c.keyRecords().handoverVersion + "}");
        BODIES.put("PUT /initiatives/{key}/unit", c -> "{\"unitId\":null,\"version\":" + c.keyRecords().unitAssignmentVersion + "}");
    }

    /** The records of one initiative the tests point requests at. */
    static final class Records {
        String project;
        String key;
        String phaseIssueKey;
        String stepKey;
        long stakeholderId;
        long stakeholderVersion;
        long gainId;
        long gainVersion;
        long measurementId;
        /** Null until economics are saved; then PUT needs it. */
        Long economicsVersion;
        /** The HUKI matrix's version (0 until saved). */
        long rolesVersion;
        /** A done communication-plan entry to the stakeholder, not yet logged. */
        long communicationId;
        long communicationVersion;
        /** A unit of the implementation plan with one super-user, training and new-staff row. */
        long unitId;
        long unitVersion;
        long superUserId;
        long trainingId;
        long newStaffId;
        /** Pilot round 1's version (0 until saved) and one entry of its log. */
        long pilotVersion;
        long observationId;
        /** A draft status report (period 2026-01, every light set, so it can be published) and its version. */
        long reportId;
        long reportVersion;
        long riskId;
        long riskVersion;
        /** The fixture risk's (first) measure. */
        long riskMeasureId;
        /** The handover's version (0 until saved). */
        long handoverVersion;
        /** The organisational unit assignment's version (0 until set). */
        long unitAssignmentVersion;
    }

    /** A template of the tests' own. */
    static final class TemplateRecord {
        long id;
        long version;
    }

    /** A concrete request: method, REST path (with query), JSON body or null. */
    record Request(String method, String path, String body) {
    }

    /** What a body recipe may use. */
    record Call(String kase, Records keyRecords, Records ids, TemplateRecord template, long smallTemplateId,
            java.util.function.LongSupplier leaderAccessVersion) {
        String project() {
            return switch (kase) {
                case "helse" -> "HELSE";
                case "unknown" -> UNKNOWN_PROJECT;
                default -> "DEMO";
            };
        }
    }

    /** Two phases with one step each: the records' initiatives stay small (5 issues), the phase move has a target. */
    static final String SMALL_PHASES = "\"phases\":[{\"key\":\"ANCHORING\",\"steps\":[{\"key\":\"BUILD_TEAM\",\"mandatory\":true}]},"
            + "{\"key\":\"INSIGHT\",\"steps\":[{\"key\":\"CONDUCT_INTERVIEWS\",\"mandatory\":true}]},"
            + "{\"key\":\"SERVICE_DEVELOPMENT\"},{\"key\":\"PILOTING\"}]";

    private final Http http;
    private final Supplier<String> hostState;
    private final long smallTemplateId;
    private Records demo;
    private Records helse;
    private TemplateRecord template;
    private int made;

    /** {@code hostState} describes what the plugin changes in Jira itself (e.g. issues per project), cheaply. */
    Scenario(Http http, Supplier<String> hostState) {
        this.http = http;
        this.hostState = hostState;
        this.smallTemplateId = http.ok("POST", "/templates", "admin", "{\"name\":\"Security records\"," + SMALL_PHASES + "}")
                .get("id").asLong();
        demo = records("DEMO");
        helse = records("HELSE");
        template = newTemplate();
    }

    Records demo() {
        return demo;
    }

    Records helse() {
        return helse;
    }

    TemplateRecord template() {
        return template;
    }

    /** How many records were made. */
    int made() {
        return made;
    }

    /** Fresh records for those that differ between two snapshots (a request changed them); the new snapshot. */
    Map<String, String> renewChanged(Map<String, String> before, Map<String, String> after) {
        if (!before.get("DEMO").equals(after.get("DEMO"))) {
            demo = records("DEMO");
        }
        if (!before.get("HELSE").equals(after.get("HELSE"))) {
            helse = records("HELSE");
        }
        if (!before.get("template").equals(after.get("template"))) {
            template = newTemplate();
        }
        return snapshot();
    }

    /**
     * After a request to the endpoint succeeded on the DEMO records, makes its valid request valid again, cheaply: a new
     * stakeholder, gain or measurement for a deleted one, the phase moved back, the version of saved economics.
     */
    void restoreDemo(String endpointId) {
        String k = "/initiatives/" + demo.key;
        switch (endpointId) {
            case "DELETE /initiatives/{key}/stakeholders/{id}" -> {
                JsonNode s = http.ok("POST", k + "/stakeholders", "admin", STAKEHOLDER + "}");
                demo.stakeholderId = s.get("id").asLong();
                demo.stakeholderVersion = s.get("version").asLong();
                communicate(demo);
            }
            case "DELETE /initiatives/{key}/communications/{id}", "POST /initiatives/{key}/communications/{id}/contact-log" ->
                    communicate(demo);
            case "DELETE /initiatives/{key}/gains/{id}" -> {
                demo.gainId = http.ok("POST", k + "/gains", "admin", GAIN + "}").get("id").asLong();
                measure(demo);
            }
            case "DELETE /initiatives/{key}/gains/{id}/measurements/{measurementId}" -> measure(demo);
            case "POST /initiatives/{key}/phase" -> {
                if (http.rest("POST", k + "/phase", "admin", "{\"to\":\"ANCHORING\"}").status() != 200) {
                    demo = records("DEMO");
                }
            }
            case "PUT /initiatives/{key}/economics" ->
                    demo.economicsVersion = http.ok("GET", k + "/economics", "admin", null).get("version").asLong();
            case "PUT /initiatives/{key}/roles" ->
                    demo.rolesVersion = http.ok("GET", k + "/roles", "admin", null).get("version").asLong();
            case "DELETE /initiatives/{key}/implementation/units/{id}",
                    "DELETE /initiatives/{key}/implementation/units/{id}/super-users/{rowId}",
                    "DELETE /initiatives/{key}/implementation/units/{id}/trainings/{rowId}",
                    "DELETE /initiatives/{key}/implementation/units/{id}/new-staff/{rowId}" -> unit(demo);
            case "PUT /initiatives/{key}/implementation/units/{id}",
                    "POST /initiatives/{key}/implementation/units/{id}/super-users",
                    "POST /initiatives/{key}/implementation/units/{id}/trainings",
                    "POST /initiatives/{key}/implementation/units/{id}/new-staff" -> {
                for (JsonNode u : http.ok("GET", k + "/implementation", "admin", null).get("units")) {
                    if (u.get("id").asLong() == demo.unitId) {
                        demo.unitVersion = u.get("version").asLong();
                    }
                }
            }
            case "PUT /initiatives/{key}/pilots/{round}/plan", "PUT /initiatives/{key}/pilots/{round}/evaluation" ->
                    demo.pilotVersion = http.ok("GET", k + "/pilots", "admin", null).get(0).get("version").asLong();
            case "DELETE /initiatives/{key}/pilots/{round}/observations/{id}" -> observe(demo);
            case "DELETE /initiatives/{key}/risks/{id}" -> risk(demo);
            case "PUT /initiatives/{key}/risks/{id}", "POST /initiatives/{key}/risks/{id}/measures",
                    "PUT /initiatives/{key}/risks/{id}/measures/{measureId}" -> {
                // A request of another method on the same path (e.g. DELETE) may have removed the risk meanwhile,
                // and a PUT of the risk replaces its measures.
                Http.Reply r = http.rest("GET", k + "/risks/" + demo.riskId, "admin", null);
                if (r.status() == 200 && r.json().get("measures").size() > 0) {
                    demo.riskVersion = r.json().get("version").asLong();
                    demo.riskMeasureId = r.json().get("measures").get(0).get("id").asLong();
                } else {
                    risk(demo);
                }
            }
            case "PUT /initiatives/{key}/handover" ->
                    demo.handoverVersion = http.ok("GET", k + "/handover", "admin", null).get("version").asLong();
            case "PUT /initiatives/{key}/unit" ->
                    demo.unitAssignmentVersion = http.ok("GET", k + "/unit", "admin", null).get("version").asLong();
            default -> {
                // The valid request still is.
            }
        }
    }

    /** A new loggable entry; when a request (another method on a stakeholder's path) deleted the stakeholder, a new one too. */
    private void communicate(Records r) {
        String k = "/initiatives/" + r.key;
        if (http.rest("GET", k + "/stakeholders/" + r.stakeholderId, "admin", null).status() == 404) {
            JsonNode s = http.ok("POST", k + "/stakeholders", "admin", STAKEHOLDER + "}");
            r.stakeholderId = s.get("id").asLong();
            r.stakeholderVersion = s.get("version").asLong();
        }
        JsonNode c = http.ok("POST", k + "/communications", "admin", "{\"stakeholderId\":" + r.stakeholderId
                + "," + COMMUNICATION + "}");
        r.communicationId = c.get("id").asLong();
        r.communicationVersion = c.get("version").asLong();
    }

    /**
     * A fresh unit with one row of each kind. The previous fixture unit goes first when a row of it was what a request
     * deleted: thousands of hostile requests would otherwise pile units up to the plan's cap of 200.
     */
    private void unit(Records r) {
        String base = "/initiatives/" + r.key + "/implementation/units";
        if (r.unitId != 0) {
            http.rest("DELETE", base + "/" + r.unitId, "admin", null); // 204, or 404 when a request deleted it already
        }
        JsonNode plan = http.ok("POST", base, "admin", UNIT + "}");
        JsonNode units = plan.get("units");
        r.unitId = units.get(units.size() - 1).get("id").asLong();
        http.ok("POST", base + "/" + r.unitId + "/super-users", "admin", SUPER_USER);
        http.ok("POST", base + "/" + r.unitId + "/trainings", "admin", TRAINING);
        for (JsonNode u : http.ok("POST", base + "/" + r.unitId + "/new-staff", "admin", NEW_STAFF).get("units")) {
            if (u.get("id").asLong() == r.unitId) {
                r.unitVersion = u.get("version").asLong();
                r.superUserId = u.get("superUsers").get(0).get("id").asLong();
                r.trainingId = u.get("trainings").get(0).get("id").asLong();
                r.newStaffId = u.get("newStaff").get(0).get("id").asLong();
            }
        }
    }

    private void observe(Records r) {
        r.observationId = http.ok("POST", "/initiatives/" + r.key + "/pilots/1/observations", "admin", OBSERVATION).get("id").asLong();
    }

    private void measure(Records r) {
        JsonNode measured = http.ok("POST", "/initiatives/" + r.key + "/gains/" + r.gainId + "/measurements", "admin", MEASUREMENT);
        r.measurementId = measured.get("measurement").get("id").asLong();
        r.gainVersion = measured.get("gain").get("version").asLong();
    }

    private void risk(Records r) {
        JsonNode risk = http.ok("POST", "/initiatives/" + r.key + "/risks", "admin", RISK + "}");
        r.riskId = risk.get("id").asLong();
        r.riskVersion = risk.get("version").asLong();
        r.riskMeasureId = risk.get("measures").get(0).get("id").asLong();
    }

    private TemplateRecord newTemplate() {
        JsonNode t = http.ok("POST", "/templates", "admin", "{\"name\":\"Security template " + made++ + "\"," + TEMPLATE_PHASES + "}");
        TemplateRecord r = new TemplateRecord();
        r.id = t.get("id").asLong();
        r.version = t.get("version").asLong();
        return r;
    }

    private Records records(String project) {
        Records r = new Records();
        r.project = project;
        made++;
        JsonNode initiative = http.ok("POST", "/initiatives", "admin", "{\"projectKey\":\"" + project
                + "\",\"summary\":\"Security fixture " + made + "\",\"templateId\":" + smallTemplateId + "}");
        r.key = initiative.get("key").asText();
        r.phaseIssueKey = initiative.get("phases").get(1).get("key").asText();
        for (JsonNode phase : initiative.get("phases")) {
            if (phase.get("current").asBoolean()) {
                r.stepKey = phase.get("steps").get(0).get("stepKey").asText();
            }
        }
        JsonNode stakeholder = http.ok("POST", "/initiatives/" + r.key + "/stakeholders", "admin", STAKEHOLDER + "}");
        r.stakeholderId = stakeholder.get("id").asLong();
        r.stakeholderVersion = stakeholder.get("version").asLong();
        r.gainId = http.ok("POST", "/initiatives/" + r.key + "/gains", "admin", GAIN + "}").get("id").asLong();
        measure(r);
        communicate(r);
        unit(r);
        // In Service development the initiative has pilot round 1 (the phase's issue and step stay those of creation).
        http.ok("POST", "/initiatives/" + r.key + "/phase", "admin",
                "{\"to\":\"SERVICE_DEVELOPMENT\",\"overrideReason\":\"Security fixture\"}");
        observe(r);
        // An evaluation naming a new gain, so "one click adds a gain" has something to add.
        r.pilotVersion = http.ok("PUT", "/initiatives/" + r.key + "/pilots/1/evaluation", "admin", "{" + EVALUATION
                + ",\"version\":0}").get("version").asLong();
        JsonNode report = http.ok("POST", "/initiatives/" + r.key + "/status-reports", "admin", "{\"period\":\"2026-01\","
                + "\"overall\":\"RED\",\"phase\":\"RED\",\"gains\":\"RED\",\"anchoring\":\"RED\",\"risks\":\"RED\"}");
        r.reportId = report.get("id").asLong();
        r.reportVersion = report.get("version").asLong();
        risk(r);
        return r;
    }

    /**
     * The request for an endpoint in a case; {@code query} (may be empty) is appended as given. Throws with a
     * message saying what to add when the endpoint needs a body recipe or has a path variable this class does not know.
     */
    Request request(Endpoint e, String kase, String query) {
        if (!CASES.contains(kase)) {
            throw new AssertionError("Unknown case '" + kase + "' for " + e.id() + "; cases are " + CASES);
        }
        Records keyRecords = kase.equals("helse") ? helse : demo;
        Records ids = kase.equals("helse") || kase.equals("foreign") ? helse : demo;
        List<String> variables = e.variables();
        String path = e.template();
        String[] segments = path.split("/");
        List<String> out = new ArrayList<>();
        int index = 0;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                String name = variables.get(index++);
                boolean last = index == variables.size();
                String before = i > 0 ? segments[i - 1] : "";
                out.add(kase.equals("unknown") && last ? unknown(e, name) : value(e, name, before, kase, keyRecords, ids));
            } else {
                out.add(s);
            }
        }
        String body = null;
        if (e.hasBody() || e.stateChanging()) {
            Function<Call, String> recipe = BODIES.get(e.id());
            if (recipe == null) {
                throw new AssertionError("No request body for " + e.id() + " (" + e.where() + "): add a valid one to "
                        + "Scenario.BODIES, e.g. BODIES.put(\"" + e.id() + "\", c -> \"{...}\"); use c -> null for none");
            }
            body = recipe.apply(new Call(kase, keyRecords, ids, template, smallTemplateId,
                    () -> http.ok("GET", "/leader-access", "admin", null).path("version").asLong()));
        }
        return new Request(e.httpMethod(), String.join("/", out) + (query == null ? "" : fill(query, kase)), body);
    }

    /** {@code {key}} and {@code {project}} in a page path or query, for the case. */
    String fill(String text, String kase) {
        Records r = kase.equals("helse") ? helse : demo;
        String key = switch (kase) {
            case "unknown" -> UNKNOWN_KEY;
            case "phase" -> r.phaseIssueKey;
            default -> r.key;
        };
        String project = kase.equals("unknown") ? UNKNOWN_PROJECT : r.project;
        return text.replace("{key}", key).replace("{project}", project);
    }

    private String value(Endpoint e, String name, String before, String kase, Records keyRecords, Records ids) {
        switch (name) {
            case "key":
                return kase.equals("phase") ? keyRecords.phaseIssueKey : keyRecords.key;
            case "projectKey":
                return keyRecords.project;
            case "stepKey":
                return keyRecords.stepKey;
            case "measurementId":
                return String.valueOf(ids.measurementId);
            case "measureId":
                return String.valueOf(ids.riskMeasureId);
            case "rowId":
                switch (before) {
                    case "super-users":
                        return String.valueOf(ids.superUserId);
                    case "trainings":
                        return String.valueOf(ids.trainingId);
                    case "new-staff":
                        return String.valueOf(ids.newStaffId);
                    default:
                        break;
                }
                break;
            case "round":
                return "1";
            case "id":
                switch (before) {
                    case "templates":
                        return String.valueOf(template.id);
                    case "stakeholders":
                        return String.valueOf(ids.stakeholderId);
                    case "gains":
                        return String.valueOf(ids.gainId);
                    case "communications":
                        return String.valueOf(ids.communicationId);
                    case "units":
                        return String.valueOf(ids.unitId);
                    case "observations":
                        return String.valueOf(ids.observationId);
                    case "status-reports":
                        return String.valueOf(ids.reportId);
                    case "risks":
                        return String.valueOf(ids.riskId);
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        throw new AssertionError("Path variable {" + name + "} after '" + before + "' in " + e.id() + " (" + e.where()
                + ") is unknown to Scenario.value: say which record it names");
    }

    private static String unknown(Endpoint e, String name) {
        return switch (name) {
            case "key" -> UNKNOWN_KEY;
            case "projectKey" -> UNKNOWN_PROJECT;
            case "stepKey" -> "NO_SUCH_STEP";
            default -> UNKNOWN_ID;
        };
    }

    /**
     * Everything the records hold, as the admin reads it, by part (DEMO, HELSE, template, host): equal snapshots
     * mean nothing was changed.
     */
    Map<String, String> snapshot() {
        Map<String, String> parts = new LinkedHashMap<>();
        for (Records r : List.of(demo, helse)) {
            StringBuilder b = new StringBuilder();
            String k = "/initiatives/" + r.key;
            for (String p : List.of(k, k + "/stakeholders", k + "/stakeholders/" + r.stakeholderId + "/contacts", k + "/gains",
                    k + "/economics", k + "/roles", k + "/communications", k + "/implementation", k + "/pilots", k + "/status-reports",
                    k + "/risks", k + "/handover", k + "/unit")) {
                b.append(p).append(' ').append(http.rest("GET", p, "admin", null).body()).append('\n');
            }
            parts.put(r.project, b.toString());
        }
        parts.put("template", http.rest("GET", "/templates/" + template.id, "admin", null).body() + "\ntemplates="
                + http.rest("GET", "/templates", "admin", null).json().size());
        parts.put("host", hostState.get());
        parts.put("leaderAccess", http.rest("GET", "/leader-access", "admin", null).body());
        return parts;
    }
}
