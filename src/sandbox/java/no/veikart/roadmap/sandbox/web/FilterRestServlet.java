package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.veikart.roadmap.sandbox.auth.JsonErrors;
import no.veikart.roadmap.sandbox.jira.SandboxAuthenticationContext;
import no.veikart.roadmap.sandbox.jira.SandboxFilters;

/**
 * The part of Jira's REST API v2 filter resource the portfolio gadget's configuration uses:
 * {@code GET /rest/api/2/filter/favourite} (the caller's favourite filters) and {@code GET /rest/api/2/filter/{id}},
 * each filter as {@code {id, name, description, jql, owner:{name, displayName}, favourite}} with the id as a string,
 * as Jira answers. Anonymous callers get 401; a filter the caller may not see answers 400 with Jira's message.
 */
public final class FilterRestServlet extends HttpServlet {

    public static final String PATH = "/rest/api/2/filter";
    private static final long serialVersionUID = 1L;
    private static final Pattern ONE = Pattern.compile("/(\\d{1,18})");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient SandboxAuthenticationContext auth;
    private final transient SandboxFilters filters;

    public FilterRestServlet(SandboxAuthenticationContext auth, SandboxFilters filters) {
        this.auth = auth;
        this.filters = filters;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = auth.getLoggedInUser();
        if (user == null) {
            JsonErrors.write(resp, HttpServletResponse.SC_UNAUTHORIZED, "You are not logged in.",
                    JsonErrors.KEY_UNAUTHENTICATED);
            return;
        }
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if ("/favourite".equals(path)) {
            ArrayNode list = JSON.createArrayNode();
            filters.getFavouriteFilters(user).forEach(f -> list.add(json(f, true)));
            write(resp, list.toString());
            return;
        }
        Matcher m = ONE.matcher(path);
        if (!m.matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JiraServiceContextImpl context = new JiraServiceContextImpl(user);
        SearchRequest filter = filters.getFilter(context, Long.valueOf(m.group(1)));
        if (filter == null) {
            ObjectNode error = JSON.createObjectNode();
            ArrayNode messages = error.putArray("errorMessages");
            context.getErrorCollection().getErrorMessages().forEach(messages::add);
            resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            write(resp, error.toString());
            return;
        }
        boolean favourite = filters.getFavouriteFilters(user).stream().anyMatch(f -> f.getId().equals(filter.getId()));
        write(resp, json(filter, favourite).toString());
    }

    private static ObjectNode json(SearchRequest f, boolean favourite) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", String.valueOf(f.getId()));
        node.put("name", f.getName());
        node.put("description", f.getDescription());
        node.put("jql", f.getQuery().getQueryString());
        if (f.getOwner() != null) {
            node.putObject("owner").put("name", f.getOwner().getUsername())
                    .put("displayName", f.getOwner().getDisplayName());
        }
        node.put("favourite", favourite);
        return node;
    }

    private static void write(HttpServletResponse resp, String body) throws IOException {
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
