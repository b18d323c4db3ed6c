package no.veikart.roadmap.security;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.sandbox.jira.UserProfiles;
import no.veikart.roadmap.security.Endpoints.Endpoint;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated hostile and malformed requests (jqwik arbitraries, a fixed seed; {@code -Droadmap.hostile.seed} and
 * {@code -Droadmap.hostile.requests} change them) against every endpoint, as a Jira administrator whose language is
 * Norwegian, so that permissions never hide the validation. Each request starts from the endpoint's valid request
 * and breaks one thing: a field (wrong type, huge, invalid date, number as text, NaN, overflow, unknown enum,
 * control characters, broken unicode, null), a missing field, the whole body, the content type, a path variable, a
 * query parameter, the method, or the size (over 1 MB). Fields come from the resource methods' request records.
 *
 * <p>Never 5xx; every error is the JSON error shape; every 400 names the broken field (only unreadable JSON has no
 * field) and speaks Norwegian; bodies over the limit get 413.
 */
class HostileInputIT {
    private static final int REQUESTS = Integer.getInteger("roadmap.hostile.requests", 10_000);
    private static final long SEED = Long.getLong("roadmap.hostile.seed", 20_260_801L);
    private static final String USER = "admin";
    /** Endpoints only another user may call: the aggregate is for the leader groups alone (admin included gets 403). */
    private static final Map<String, String> CALLER_OF = Map.of("GET /portfolio/aggregate", "leder");
    private static final String PLACEHOLDER = "@@hostile@@";
    /** The body limit the product promises (RequestLimits), restated so that a change is a decision. */
    private static final int LIMIT_BYTES = 1024 * 1024;
    private static final Set<Integer> ALLOWED = Set.of(200, 201, 204, 400, 404, 405, 406, 409, 413, 415);
    /** 400s that may name no field: the body could not be read as JSON at all. */
    private static final Set<String> BODY_LEVEL = Set.of("roadmap.error.malformedJson");
    /** Rules between two fields: breaking one may be reported on the other. */
    private static final Set<String> CROSS_FIELD = Set.of("roadmap.error.dateOrder", "roadmap.communication.error.audienceBoth",
            "roadmap.communication.error.audienceMissing", "roadmap.gain.error.targetEqualsBaseline",
            "roadmap.gain.error.beforeBaseline", "roadmap.gain.error.currencyNotAllowed");
    private static final Pattern PLACEHOLDERS = Pattern.compile("\\{[^}]*}");
    /** How often each error key was answered (the last part of the key), for the summary. */
    private static final Map<String, Integer> ERROR_KEYS = new TreeMap<>();

    private static Sandbox sandbox;
    private static Http http;
    private static Scenario scenario;
    private static List<Endpoint> endpoints;
    private static Properties english;
    private static Properties norwegian;

    enum Kind { FIELD, MISSING, BODY, CONTENT_TYPE, PATH, QUERY, METHOD, HUGE }

    /** One broken request, before it is pointed at the current records: what is broken and how. */
    record Hostile(Endpoint endpoint, Kind kind, String target, String value, byte[] bytes) {
        @Override
        public String toString() {
            String shown = value == null ? (bytes == null ? "" : bytes.length + " bytes") : value;
            return kind + " " + endpoint.id() + (target == null ? "" : " " + target) + " = "
                    + PermissionMatrixIT.abbreviate(shown.length() > 120 ? shown.substring(0, 120) + "… (" + shown.length() + " chars)" : shown);
        }
    }

    @BeforeContainer
    static void start() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-hostile"), true);
        sandbox.component(UserProfiles.class).setLanguage(sandbox.user(USER), "nb");
        for (String caller : CALLER_OF.values()) {
            sandbox.component(UserProfiles.class).setLanguage(sandbox.user(caller), "nb");
        }
        http = new Http(sandbox.baseUrl());
        scenario = new Scenario(http, () -> "");
        endpoints = Endpoints.discover();
        english = bundle("i18n/roadmap.properties");
        norwegian = bundle("i18n/roadmap_nb.properties");
    }

    @AfterContainer
    static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    /** One run over all requests (jqwik generates them on its own thread), so that every problem is reported at once. */
    @Example
    void hostileRequestsGetNo5xxAndEvery400NamesItsFieldInTheUsersLanguage() {
        Arbitrary<Hostile> requests = requests();
        Random random = new Random(SEED);
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<Kind, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byEndpoint = new TreeMap<>();
        Map<String, Long> millisByEndpoint = new TreeMap<>();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        AtomicInteger norwegianChecked = new AtomicInteger();
        int hostRejected = 0;
        long started = System.nanoTime();
        Map<Hostile, Integer> regressions = regressions();
        List<Hostile> known = new ArrayList<>(regressions.keySet());
        int total = known.size() + REQUESTS;
        for (int i = 0; i < total; i++) {
            Hostile h = i < known.size() ? known.get(i) : requests.generator(1000).next(random).value();
            Http.Reply reply;
            long sent = System.nanoTime();
            try {
                reply = send(h);
                millisByEndpoint.merge(h.endpoint().id(), (System.nanoTime() - sent) / 1_000_000L, Long::sum);
            } catch (UncheckedIOException e) {
                problems.computeIfAbsent(h.kind() + " " + h.endpoint().id() + ": no answer", p -> new ArrayList<>())
                        .add("#" + i + " " + h + "\n      -> " + e.getMessage());
                continue;
            }
            byStatus.merge(reply.status() / 100 == 2 ? "2xx" : String.valueOf(reply.status()), 1, Integer::sum);
            byKind.merge(h.kind(), 1, Integer::sum);
            byEndpoint.merge(h.endpoint().id(), 1, Integer::sum);
            Integer expected = regressions.get(h);
            if (expected != null && reply.status() != expected) {
                problems.computeIfAbsent(h.kind() + " " + h.endpoint().id() + ": regression, expected " + expected, p -> new ArrayList<>())
                        .add("#" + i + " " + h + "\n      -> " + reply.status() + " " + PermissionMatrixIT.abbreviate(reply.body()));
            }
            if (hostRejected(h, reply)) {
                hostRejected++;
            } else {
                for (String problem : check(h, reply, norwegianChecked)) {
                    problems.computeIfAbsent(problem, p -> new ArrayList<>()).add("#" + i + " " + h + "\n      -> " + reply.status() + " "
                            + PermissionMatrixIT.abbreviate(reply.body()));
                }
            }
            boolean sameMethod = h.kind() != Kind.METHOD || h.target().equals(h.endpoint().httpMethod());
            if (reply.status() / 100 == 2) {
                // Another method on a record's path (a DELETE on a stakeholder's PUT path) changes that record too.
                scenario.restoreDemo(sameMethod ? h.endpoint().id() : h.target() + " " + h.endpoint().template());
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("hostile-input: requests=" + total + " 5xx=" + byStatus.entrySet().stream()
                .filter(e -> e.getKey().startsWith("5")).mapToInt(Map.Entry::getValue).sum()
                + " 400=" + byStatus.getOrDefault("400", 0) + " 2xx=" + byStatus.getOrDefault("2xx", 0) + " statuses=" + byStatus
                + " norwegian-checked=" + norwegianChecked + " host-rejected=" + hostRejected + " seed=" + SEED
                + " seconds=" + seconds);
        System.out.println("hostile-input: by kind " + byKind + "; endpoints=" + byEndpoint.size() + " of " + endpoints.size()
                + ", fewest requests " + Collections.min(byEndpoint.values()) + "; slowest (total ms) " + millisByEndpoint.entrySet()
                .stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4).toList());
        System.out.println("hostile-input: error keys " + ERROR_KEYS);
        StringBuilder report = new StringBuilder();
        problems.forEach((problem, examples) -> report.append(problem).append(" (").append(examples.size()).append("x), e.g.\n    ")
                .append(String.join("\n    ", examples.subList(0, Math.min(3, examples.size())))).append('\n'));
        assertTrue(problems.size() + " kinds of problem in " + total + " hostile requests (seed " + SEED + "):\n" + report,
                problems.isEmpty());
        assertTrue("every endpoint gets hostile requests", byEndpoint.size() == endpoints.size());
    }

    // ---- checks ------------------------------------------------------------------------------------------------------

    private static List<String> check(Hostile h, Http.Reply reply, AtomicInteger norwegianChecked) {
        List<String> problems = new ArrayList<>();
        int status = reply.status();
        String where = h.kind() + " " + h.endpoint().id() + ": ";
        if (status >= 500) {
            problems.add(where + status);
            return problems;
        }
        if (!ALLOWED.contains(status) && !(h.kind() == Kind.METHOD && status / 100 == 2)) {
            problems.add(where + "unexpected " + status);
        }
        if (h.kind() == Kind.HUGE && status != 413 && (h.target().equals("announced") || reads(h.endpoint()))) {
            problems.add(where + "body over the limit answered " + status + ", not 413");
        }
        if (status < 400 || (h.kind() == Kind.METHOD && h.target().equals("HEAD"))) {
            return problems;
        }
        JsonNode errors = reply.isJson() ? reply.json().path("errors") : null;
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            problems.add(where + status + " without {errors:[…]}");
            return problems;
        }
        if (errors.size() > 50) {
            problems.add(where + errors.size() + " errors in one answer: a hostile body makes a huge answer");
        }
        boolean named = false;
        for (JsonNode e : errors) {
            String key = e.path("key").asText(null);
            String message = e.path("message").asText(null);
            String field = e.hasNonNull("field") ? e.get("field").asText() : null;
            if (key == null || message == null) {
                problems.add(where + "error without key or message");
                continue;
            }
            if (!norwegian.containsKey(key)) {
                problems.add(where + "error key " + key + " has no Norwegian text");
            } else if (!inNorwegian(key, message)) {
                problems.add(where + key + " not in Norwegian: " + message);
            } else if (!norwegian.getProperty(key).equals(english.getProperty(key))) {
                norwegianChecked.incrementAndGet();
            }
            ERROR_KEYS.merge(key.substring(key.lastIndexOf('.') + 1), 1, Integer::sum);
            if (status == 400 && field == null && !BODY_LEVEL.contains(key)) {
                problems.add(where + "400 " + key + " names no field");
            }
            if (field != null && (h.kind() == Kind.FIELD || h.kind() == Kind.MISSING)
                    && (related(field, h.target()) || CROSS_FIELD.contains(key))) {
                named = true;
            }
        }
        boolean unreadable = errors.size() == 1 && BODY_LEVEL.contains(errors.get(0).path("key").asText());
        if (status == 400 && (h.kind() == Kind.FIELD || h.kind() == Kind.MISSING) && !named
                && !(unreadable && !validJson(h.value()))) {
            problems.add(where + "400 does not name the broken field " + h.target());
        }
        return problems;
    }

    /**
     * The host refuses some requests before any plugin code runs: the servlet container an URI with an encoded NUL or
     * slash (400) or over 8 KB (414, 431), Jersey's servlet a Content-Type it cannot parse (400, empty). Jira's Tomcat
     * and Jersey do the same with their own limits.
     */
    private static boolean hostRejected(Hostile h, Http.Reply reply) {
        if (reply.isJson()) {
            return false;
        }
        return (h.kind() == Kind.PATH || h.kind() == Kind.QUERY) && Set.of(400, 414, 431).contains(reply.status())
                || h.kind() == Kind.CONTENT_TYPE && reply.status() == 400 && reply.body().isEmpty();
    }

    /** The message is the Norwegian pattern of its key: every literal part of the pattern is in it. */
    static boolean inNorwegian(String key, String message) {
        for (String part : PLACEHOLDERS.split(norwegian.getProperty(key))) {
            String literal = part.replace("''", "'").strip();
            if (!literal.isEmpty() && !message.contains(literal)) {
                return false;
            }
        }
        return true;
    }

    static boolean related(String reported, String broken) {
        return reported.equals(broken) || reported.startsWith(broken + ".") || reported.startsWith(broken + "[")
                || broken.startsWith(reported + ".") || broken.startsWith(reported + "[")
                || referredTo(reported, broken);
    }

    /**
     * The HUKI matrix's temporary ids: a changed procedure or actor id leaves the cells that referred to it pointing at
     * nothing, and the answer rightly names the cell's reference (which one of the two is "wrong" only the author knows).
     */
    private static boolean referredTo(String reported, String broken) {
        return broken.matches("actors\\[\\d+]\\.id") && reported.matches("cells\\[\\d+]\\.actorId")
                || broken.matches("procedures\\[\\d+]\\.id") && reported.matches("cells\\[\\d+]\\.procedureId")
                // A template's phase or step key that is none of the method's has no default name: its name is then required.
                || broken.endsWith(".key") && reported.equals(broken.substring(0, broken.length() - 4) + ".name");
    }

    private static boolean validJson(String value) {
        if (value == null) {
            return true;
        }
        try {
            Http.JSON.readTree("{\"x\":" + value + "}");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- sending -----------------------------------------------------------------------------------------------------

    private static Http.Reply send(Hostile h) {
        Endpoint e = h.endpoint();
        Scenario.Request valid = scenario.request(e, "-", "");
        String method = valid.method();
        String path = valid.path();
        String contentType = "application/json";
        byte[] body = valid.body() == null ? null : valid.body().getBytes(StandardCharsets.UTF_8);
        boolean chunked = false;
        switch (h.kind()) {
            case FIELD -> body = utf8(withField(valid.body(), h.target(), h.value()));
            case MISSING -> body = utf8(withoutField(valid.body(), h.target()));
            case BODY -> body = h.bytes() != null ? h.bytes() : utf8(h.value());
            case CONTENT_TYPE -> contentType = h.target();
            case PATH -> path = withPathVariable(e, path, h.target(), h.value());
            case QUERY -> path = path + "?" + h.target() + "=" + h.value();
            case METHOD -> method = h.target();
            case HUGE -> {
                body = utf8(withField(valid.body(), "padding", quote("x".repeat(Integer.parseInt(h.value())))));
                chunked = h.target().equals("chunked");
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, */*;q=0.5");
        headers.put("X-Atlassian-Token", "no-check");
        if (!contentType.isEmpty()) {
            headers.put("Content-Type", contentType);
        }
        return http.send(method, Http.REST + path, CALLER_OF.getOrDefault(e.id(), USER), headers, body, chunked);
    }

    /** Whether the endpoint reads a request body (has an entity parameter). */
    private static boolean reads(Endpoint e) {
        return entityType(e) != null;
    }

    private static Class<?> entityType(Endpoint e) {
        for (Parameter p : e.method().getParameters()) {
            boolean annotated = false;
            for (Annotation a : p.getAnnotations()) {
                annotated |= a instanceof PathParam || a instanceof QueryParam || a instanceof Context;
            }
            if (!annotated) {
                return p.getType();
            }
        }
        return null;
    }

    private static List<String> queryParams(Endpoint e) {
        List<String> names = new ArrayList<>();
        for (Parameter p : e.method().getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
        }
        return names;
    }

    /** The JSON fields of a request record, nested records and lists of records included ({@code phases[0].key}). */
    static List<String> fieldPaths(Class<?> type, String prefix, int depth) {
        List<String> paths = new ArrayList<>();
        if (type == null || !type.isRecord() || depth > 3) {
            return paths;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            paths.add(path);
            if (c.getType().isRecord()) {
                paths.addAll(fieldPaths(c.getType(), path + ".", depth + 1));
            } else if (List.class.isAssignableFrom(c.getType()) && c.getGenericType() instanceof ParameterizedType pt) {
                Type item = pt.getActualTypeArguments()[0];
                if (item instanceof Class<?> itemClass) {
                    paths.addAll(fieldPaths(itemClass, path + "[0].", depth + 1));
                }
            }
        }
        return paths;
    }

    private static String withField(String validBody, String path, String rawValue) {
        JsonNode root = parse(validBody);
        ObjectNode object = root instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        set(object, path, JsonNodeFactory.instance.textNode(PLACEHOLDER));
        return object.toString().replace("\"" + PLACEHOLDER + "\"", rawValue);
    }

    private static String withoutField(String validBody, String path) {
        JsonNode root = parse(validBody);
        if (!(root instanceof ObjectNode object)) {
            return "{}";
        }
        List<String> steps = steps(path);
        JsonNode parent = object;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.startsWith("[") ? parent.path(Integer.parseInt(step.substring(1, step.length() - 1))) : parent.path(step);
        }
        if (parent instanceof ObjectNode p) {
            p.remove(steps.get(steps.size() - 1));
        }
        return object.toString();
    }

    /** Sets a value at a path such as {@code phases[0].steps[0].key}, making the objects and arrays on the way. */
    private static void set(ObjectNode root, String path, JsonNode value) {
        List<String> steps = steps(path);
        JsonNode node = root;
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            JsonNode next = last ? value : steps.get(i + 1).startsWith("[") ? JsonNodeFactory.instance.arrayNode()
                    : JsonNodeFactory.instance.objectNode();
            if (step.startsWith("[")) {
                ArrayNode array = (ArrayNode) node;
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                while (array.size() <= index) {
                    array.add(JsonNodeFactory.instance.objectNode());
                }
                if (last || !(array.get(index).isContainerNode())) {
                    array.set(index, next);
                }
                node = array.get(index);
            } else {
                ObjectNode object = (ObjectNode) node;
                if (last || object.get(step) == null || !object.get(step).isContainerNode()) {
                    object.set(step, next);
                }
                node = object.get(step);
            }
        }
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                steps.add(part.substring(0, bracket));
                steps.add(part.substring(bracket));
            }
        }
        return steps;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? JsonNodeFactory.instance.objectNode() : Http.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withPathVariable(Endpoint e, String path, String variable, String value) {
        String[] template = e.template().split("/");
        String[] concrete = path.split("/");
        for (int i = 0; i < template.length; i++) {
            if (template[i].equals("{" + variable + "}")) {
                concrete[i] = value;
            }
        }
        return String.join("/", concrete);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string of any Java string: everything but printable ASCII escaped, lone surrogates included. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HostileInputIT.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " not on the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    // ---- generation --------------------------------------------------------------------------------------------------

    /**
     * Requests that once broke the product (5xx, or stored what PostgreSQL refuses), sent before the generated ones,
     * with the status they must get.
     */
    private static Map<Hostile, Integer> regressions() {
        Map<String, Endpoint> byId = new LinkedHashMap<>();
        endpoints.forEach(e -> byId.put(e.id(), e));
        Endpoint gains = byId.get("POST /initiatives/{key}/gains");
        Endpoint stakeholders = byId.get("POST /initiatives/{key}/stakeholders");
        Endpoint templates = byId.get("POST /templates");
        Map<Hostile, Integer> known = new LinkedHashMap<>();
        // Active Objects refuses dates from 9999-12-31 01:58 on: was a 500.
        known.put(new Hostile(gains, Kind.FIELD, "target.date", "\"9999-12-31\"", null), 400);
        known.put(new Hostile(gains, Kind.FIELD, "baseline.date", "\"-0001-01-01\"", null), 400);
        known.put(new Hostile(gains, Kind.FIELD, "target.date", "\"+10000-01-01\"", null), 400);
        known.put(new Hostile(stakeholders, Kind.FIELD, "nextContact", "\"9999-12-31\"", null), 400);
        // NUL and lone surrogates were stored (PostgreSQL refuses NUL; a lone surrogate turns into "?").
        known.put(new Hostile(gains, Kind.FIELD, "title", "\"a\\u0000b\"", null), 400);
        known.put(new Hostile(gains, Kind.FIELD, "method", "\"\\ud800\"", null), 400);
        known.put(new Hostile(stakeholders, Kind.FIELD, "effect", "\"\\ud800\"", null), 400);
        known.put(new Hostile(templates, Kind.FIELD, "name", "\"a\\u0000b\"", null), 400);
        // One error per invented phase: a 1 MB map made a multi-megabyte answer.
        known.put(new Hostile(stakeholders, Kind.FIELD, "statusByPhase", "{" + String.join(",", java.util.stream.IntStream.range(0, 5000)
                .mapToObj(n -> "\"P" + n + "\":\"PLANNED\"").toList()) + "}", null), 400);
        // A version that is not a number was a 404.
        known.put(new Hostile(byId.get("DELETE /initiatives/{key}/stakeholders/{id}"), Kind.QUERY, "version", "abc", null), 400);
        // Bodies over 1 MB were read in full.
        known.put(new Hostile(stakeholders, Kind.HUGE, "announced", String.valueOf(3 * LIMIT_BYTES), null), 413);
        known.put(new Hostile(stakeholders, Kind.HUGE, "chunked", String.valueOf(3 * LIMIT_BYTES), null), 413);
        return known;
    }

    private static final List<String> VALUES = List.of("null", "true", "false", "0", "-1", "-0", "1.5", "0.00001", "1e308", "1e309",
            "-1e400", "1E+999999999", "99999999999999999999999", "-9223372036854775809", "123456789012.123456789", "NaN",
            "Infinity", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e99999\"", "\"0x1F\"", "\"12abc\"", "\"3\"", "\"-2\"", "\"\"",
            "\"   \"", "\"2026-02-30\"", "\"2026-13-01\"", "\"2026-00-10\"", "\"0000-01-01\"", "\"1899-12-31\"", "\"2200-01-01\"",
            "\"9999-12-31\"", "\"+10000-01-01\"", "\"-0001-01-01\"", "\"2026-1-1\"", "\"01.02.2026\"", "\"2026-02-28T10:00:00Z\"",
            "\"2030-06-30\"", "\"UNKNOWN_VALUE\"", "\"staff\"", "\"ANCHORING\"", "\"a\\u0000b\"", "\"\\u0000\"", "\"\\ud800\"",
            "\"\\udfff\\ud800\"", "\"\\ud835\\udd73\\ud835\\udd8a\"", "\"\u00c6\u00d8\u00c5 \u00e6\u00f8\u00e5\"", "\"\\u202eRTL\"",
            "\"<script>alert(1)</script>\"", "\"=HYPERLINK(\\\"http://x\\\")\"", "\"' OR 1=1 --\"", "\"\\r\\n\\t\"", "\"\\u0085\"",
            "\"${jndi:ldap://x/a}\"", "[]", "[1,2,3]", "[\"a\"]", "[null]", "{}", "{\"a\":1}", "{\"value\":1,\"date\":\"2025-01-01\"}",
            "[{\"key\":\"ANCHORING\"}]", "\"DEMO-1\"", "\"NOPE\"");
    private static final List<String> PATH_VALUES = List.of("abc", "1.5", "-1", "0", "99999999999999999999", "9223372036854775807",
            "%00", "%2e%2e", "..", "%2F", "%C3%86%C3%98", "DEMO-1'--", "%20", "A".repeat(2000), "DEMO-0", "demo-1", "DEMO-1%0A", "%25ZZ",
            "%25u0000", "$%7Bjndi:ldap:x%7D", "%3Cscript%3E", "HELSE-1", "DEMO-1;x=1", "%F0%9D%95%B3", "%ED%A0%80", "%FF%FE", "1e3", "0x10");
    private static final List<String> CONTENT_TYPES = List.of("application/xml", "text/html", "application/json; charset=bogus",
            "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1", "", "x", "x/y;;;", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "text/plain", "*/*", "application/*", "application/json;;;", "application/vnd.api+json",
            "application/json; charset=\"", "application/json; boundary=");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    private static Arbitrary<Hostile> requests() {
        return Arbitraries.of(endpoints).flatMap(e -> {
            List<String> fields = fieldPaths(entityType(e), "", 0);
            List<Tuple.Tuple2<Integer, Arbitrary<? extends Hostile>>> kinds = new ArrayList<>();
            if (!fields.isEmpty()) {
                kinds.add(Tuple.of(45, Arbitraries.of(fields).flatMap(f -> value().map(v -> new Hostile(e, Kind.FIELD, f, v, null)))));
                kinds.add(Tuple.of(6, Arbitraries.of(fields).map(f -> new Hostile(e, Kind.MISSING, f, null, null))));
            }
            kinds.add(Tuple.of(12, body().map(b -> b instanceof byte[] bytes ? new Hostile(e, Kind.BODY, null, null, bytes)
                    : new Hostile(e, Kind.BODY, null, (String) b, null))));
            kinds.add(Tuple.of(6, Arbitraries.of(CONTENT_TYPES).map(t -> new Hostile(e, Kind.CONTENT_TYPE, t, null, null))));
            if (!e.variables().isEmpty()) {
                kinds.add(Tuple.of(12, Arbitraries.of(e.variables()).flatMap(v -> pathValue().map(p -> new Hostile(e, Kind.PATH, v, p, null)))));
            }
            List<String> query = new ArrayList<>(queryParams(e));
            query.add("unknownParameter");
            kinds.add(Tuple.of(6, Arbitraries.of(query).flatMap(q -> pathValue().map(p -> new Hostile(e, Kind.QUERY, q, p, null)))));
            kinds.add(Tuple.of(4, Arbitraries.of(METHODS).map(m -> new Hostile(e, Kind.METHOD, m, null, null))));
            kinds.add(Tuple.of(1, Arbitraries.of("announced", "chunked").flatMap(how -> Arbitraries.integers()
                    .between(LIMIT_BYTES + 1, 2 * LIMIT_BYTES).map(n -> new Hostile(e, Kind.HUGE, how, String.valueOf(n), null)))));
            @SuppressWarnings({"unchecked", "rawtypes"})
            Arbitrary<Hostile> chosen = (Arbitrary) Arbitraries.frequencyOf(kinds.toArray(new Tuple.Tuple2[0]));
            return chosen;
        });
    }

    /** A raw JSON value for one field. */
    private static Arbitrary<String> value() {
        return Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.of(VALUES)),
                Tuple.of(10, Arbitraries.strings().all().ofMaxLength(40).map(HostileInputIT::quote)),
                Tuple.of(4, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5).map(HostileInputIT::quote)),
                // Long text within the body limit (two UTF-8 bytes a character).
                Tuple.of(6, Arbitraries.integers().between(200, 300_000).map(n -> "\"" + "\u00e5".repeat(n) + "\"")),
                Tuple.of(5, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(4, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19).negate(), BigInteger.TEN.pow(40)).map(String::valueOf)),
                Tuple.of(4, Arbitraries.doubles().map(d -> Double.isFinite(d) ? Double.toString(d) : quote(Double.toString(d)))),
                Tuple.of(4, Arbitraries.integers().between(0, 20_000).map(n -> "[" + String.join(",", Collections.nCopies(n, "1")) + "]")),
                Tuple.of(3, Arbitraries.integers().between(0, 2_000).map(n -> "[" + String.join(",",
                        Collections.nCopies(n, "{\"key\":\"ANCHORING\",\"steps\":[]}")) + "]")),
                Tuple.of(5, dates()),
                Tuple.of(2, Arbitraries.integers().between(1, 3_000).map(n -> "[".repeat(n) + "]".repeat(n))));
    }

    private static Arbitrary<String> dates() {
        return Arbitraries.integers().between(-5, 12_000).flatMap(y -> Arbitraries.integers().between(0, 13)
                .flatMap(m -> Arbitraries.integers().between(0, 32).map(d -> quote(String.format("%04d-%02d-%02d", y, m, d)))));
    }

    /** A whole body: text, or bytes that are not UTF-8. */
    private static Arbitrary<Object> body() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of("", "{", "}", "[]", "null", "\"text\"", "123", "true", "{\"a\":}", "{'single':1}", "{\"a\":1,}",
                        "NaN", "{\"a\":1}}}", "/* comment */ {}", "\ufeff{}", "{\"name\":\"x\",\"name\":5}", "{\"__proto__\":{}}",
                        "{\"a\":" .repeat(2000), "[".repeat(5000), "{}")),
                Tuple.of(5, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(5, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)),
                Tuple.of(2, Arbitraries.of(new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'}, new byte[] {'{', '"', 'a', '"', ':', '"',
                        (byte) 0xc3, '"', '}'}, "{\"a\":1}".getBytes(StandardCharsets.UTF_16))));
    }

    /** A path or query value, already URL-encoded where it should be. */
    private static Arbitrary<String> pathValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of(PATH_VALUES)),
                Tuple.of(3, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))),
                Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Arbitraries.integers().between(1, 1_500).map(n -> String.join("%2C", Collections.nCopies(n, "DEMO")))));
    }
}
