package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.sandbox.auth.JsonErrors;
import no.veikart.roadmap.sandbox.jira.JiraData;
import no.veikart.roadmap.sandbox.velocity.HtmlEscaping;

/**
 * {@code PUT /rest/sandbox/1.0/dashboard-items/{id}/preferences}: where the sandbox dashboard's {@code API.savePreferences}
 * stores a gadget's preferences (a JSON object; every value kept as a string, like Jira's gadget user preferences).
 * Sandbox-only: Jira's own dashboard REST resource is not mirrored. State changes follow Jira's REST XSRF rule
 * ({@code X-Atlassian-Token: no-check}, same origin); only the dashboard's owner may change its gadgets.
 *
 * <p>Preferences reach the gadget HTML-encoded ({@link #forClient}): public dashboard items decode them because Jira
 * hands them over that way (seen in a public starter plugin, not in Atlassian's documentation).
 */
final class DashboardItemsServlet extends HttpServlet {

    static final String PATH = "/rest/sandbox/1.0/dashboard-items";
    private static final long serialVersionUID = 1L;
    private static final Pattern PREFERENCES = Pattern.compile("/(\\d{1,18})/preferences");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PREFERENCES = 100;
    private static final int MAX_VALUE_LENGTH = 4000;

    private final transient PageServices services;

    DashboardItemsServlet(PageServices services) {
        this.services = services;
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = services.auth().getLoggedInUser();
        if (user == null) {
            JsonErrors.write(resp, HttpServletResponse.SC_UNAUTHORIZED, "You are not logged in.",
                    JsonErrors.KEY_UNAUTHENTICATED);
            return;
        }
        if (!"no-check".equals(req.getHeader("X-Atlassian-Token")) || !sameOrigin(req)) {
            JsonErrors.write(resp, HttpServletResponse.SC_FORBIDDEN, "XSRF check failed", JsonErrors.KEY_XSRF);
            return;
        }
        Matcher m = PREFERENCES.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!m.matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, String> preferences = new LinkedHashMap<>();
        try {
            JsonNode body = JSON.readTree(req.getInputStream());
            if (body == null || !body.isObject() || body.size() > MAX_PREFERENCES) {
                JsonErrors.write(resp, HttpServletResponse.SC_BAD_REQUEST, "Preferences are a JSON object of at most "
                        + MAX_PREFERENCES + " values.", JsonErrors.KEY_BAD_JSON);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNull()) {
                    continue;
                }
                String value = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
                if (value.length() > MAX_VALUE_LENGTH) {
                    JsonErrors.write(resp, HttpServletResponse.SC_BAD_REQUEST, "The preference " + e.getKey()
                            + " is too long.", JsonErrors.KEY_BAD_JSON);
                    return;
                }
                preferences.put(e.getKey(), value);
            }
        } catch (JsonProcessingException e) {
            JsonErrors.write(resp, HttpServletResponse.SC_BAD_REQUEST, "The body is not JSON.",
                    JsonErrors.KEY_BAD_JSON);
            return;
        }
        Optional<JiraData.DashboardItemRow> saved = services.dashboards().savePreferences(user.getKey(),
                Long.parseLong(m.group(1)), preferences);
        if (saved.isEmpty()) {
            JsonErrors.write(resp, HttpServletResponse.SC_NOT_FOUND, "No such gadget on your dashboard.",
                    JsonErrors.KEY_NOT_FOUND);
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("id", saved.get().id());
        out.set("preferences", forClient(saved.get().preferences()));
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json;charset=UTF-8");
        resp.getOutputStream().write(JSON.writeValueAsBytes(out));
    }

    /** The preferences as the gadget gets them: values HTML-encoded, keys in order. */
    static ObjectNode forClient(Map<String, String> preferences) {
        ObjectNode node = JSON.createObjectNode();
        new TreeMap<>(preferences).forEach((k, v) -> node.put(k, HtmlEscaping.escape(v)));
        return node;
    }

    /** JSON for a {@code <script type="application/json">} block: nothing in it can close the element. */
    static String scriptJson(Map<String, String> preferences) {
        try {
            return JSON.writeValueAsString(forClient(preferences)).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin") != null ? req.getHeader("Origin") : req.getHeader("Referer");
        if (origin == null) {
            return true;
        }
        try {
            URI source = URI.create(origin);
            return req.getServerName().equalsIgnoreCase(source.getHost()) && req.getServerPort() == (source.getPort()
                    < 0 ? ("https".equals(source.getScheme()) ? 443 : 80) : source.getPort());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
