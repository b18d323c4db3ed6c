package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.jira.SandboxCustomFields;
import no.veikart.roadmap.sandbox.jira.SandboxFilters;
import no.veikart.roadmap.sandbox.jira.SandboxIssue;
import no.veikart.roadmap.sandbox.jira.SandboxJql;

/**
 * {@code /issues/?jql=…} (or {@code ?filter=ID}, a saved filter the user may see, with "Save as filter" under the
 * results of a query): Jira's issue navigator for the JQL subset of {@link SandboxJql}, over the issues the user may
 * browse (newest first), with key, summary and every custom field as a column: stored values as text, fields of the
 * plugin's own types from their {@code column-view} resource. {@code Accept: application/json} returns
 * {@code {jql, total, issues:[{key, summary, fields:{name: value}}]}} with the stored values only (the plugin's type is
 * not REST-aware, so Jira's REST gives it no JSON value); a query Jira would refuse answers 400 with
 * {@code {errorMessages:[…]}} (as Jira's REST search does) or the message on the page.
 */
final class IssueSearchServlet extends PageServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FILTER_NAME = 255;

    IssueSearchServlet(PageServices services, PageLayout layout) {
        super(services, layout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireUser(req, resp);
        if (user == null) {
            return;
        }
        String jql = req.getParameter("jql") == null ? "" : req.getParameter("jql");
        boolean json = String.valueOf(req.getHeader("Accept")).contains("application/json");
        String filterName = null;
        if (req.getParameter("filter") != null) {
            SearchRequest filter = savedFilter(user, req.getParameter("filter"));
            if (filter == null) {
                layout.write(req, resp, HttpServletResponse.SC_BAD_REQUEST, Page.of("Search", "page-type-navigator",
                        form(req, "") + "<div class=\"aui-message aui-message-error\" id=\"jql-error\"><p>"
                                + Html.esc(SandboxFilters.NOT_AVAILABLE) + "</p></div>"));
                return;
            }
            jql = filter.getQuery().getQueryString();
            filterName = filter.getName();
        }
        SandboxCustomFields fields = services.customFields();
        List<SandboxIssue> found;
        try {
            found = fields.search(jql, issue -> services.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS,
                    issue, user));
        } catch (SandboxJql.JqlException e) {
            if (json) {
                ObjectNode error = JSON.createObjectNode();
                error.putArray("errorMessages").add(e.getMessage());
                writeJson(resp, HttpServletResponse.SC_BAD_REQUEST, error);
            } else {
                layout.write(req, resp, HttpServletResponse.SC_BAD_REQUEST, Page.of("Search", "page-type-navigator",
                        form(req, jql) + "<div class=\"aui-message aui-message-error\" id=\"jql-error\"><p>"
                                + Html.esc(e.getMessage()) + "</p></div>"));
            }
            return;
        }
        List<String> columns = fields.names();
        if (json) {
            ObjectNode body = JSON.createObjectNode();
            body.put("jql", jql);
            body.put("total", found.size());
            ArrayNode issues = body.putArray("issues");
            for (SandboxIssue issue : found) {
                ObjectNode row = issues.addObject();
                row.put("key", issue.getKey());
                row.put("summary", issue.getSummary());
                ObjectNode values = row.putObject("fields");
                values(issue).forEach(values::put);
            }
            writeJson(resp, HttpServletResponse.SC_OK, body);
            return;
        }
        String cp = req.getContextPath();
        StringBuilder main = new StringBuilder(form(req, jql));
        if (filterName != null) {
            main.append("<h2 id=\"filter-name\">").append(Html.esc(filterName)).append("</h2>");
        } else if (!jql.isBlank()) {
            main.append(saveForm(req, resp, jql, null));
        }
        main.append("<p id=\"search-total\">").append(found.size()).append(found.size() == 1 ? " issue" : " issues")
                .append("</p><table id=\"issuetable\" class=\"aui\"><thead><tr><th>Key</th><th>Summary</th>");
        columns.forEach(c -> main.append("<th>").append(Html.esc(c)).append("</th>"));
        main.append("</tr></thead><tbody>");
        for (SandboxIssue issue : found) {
            Map<String, String> values = values(issue);
            Map<String, String> columnViews = columnViews(issue);
            main.append("<tr class=\"issuerow\" data-issuekey=\"").append(Html.esc(issue.getKey())).append("\"><td>")
                    .append("<a class=\"issue-link\" href=\"").append(cp).append("/browse/").append(Html.esc(issue.getKey()))
                    .append("\">").append(Html.esc(issue.getKey())).append("</a></td><td class=\"summary\">")
                    .append(Html.esc(issue.getSummary())).append("</td>");
            columns.forEach(c -> main.append("<td>").append(columnViews.containsKey(c) ? columnViews.get(c)
                    : Html.esc(values.getOrDefault(c, ""))).append("</td>"));
            main.append("</tr>");
        }
        main.append("</tbody></table>");
        layout.write(req, resp, HttpServletResponse.SC_OK, Page.of("Search", "page-type-navigator", main.toString()));
    }

    /**
     * "Save as" of Jira's navigator: saves the query as a filter of the user (a favourite of theirs, shared with every
     * logged-in user when asked), then shows it at {@code /issues/?filter=ID}.
     */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireTokenedPost(req, resp);
        if (user == null) {
            return;
        }
        String jql = req.getParameter("jql") == null ? "" : req.getParameter("jql");
        String name = req.getParameter("filterName") == null ? "" : req.getParameter("filterName").strip();
        String error = name.isEmpty() ? "You must specify a name for this filter."
                : name.length() > MAX_FILTER_NAME ? "The filter name must not be longer than " + MAX_FILTER_NAME
                        + " characters." : null;
        if (error == null) {
            try {
                long id = services.filters().create(user.getUsername(), name, null, jql,
                        "true".equals(req.getParameter("shared"))).id();
                resp.sendRedirect(req.getContextPath() + "/issues/?filter=" + id);
                return;
            } catch (SandboxJql.JqlException e) {
                error = e.getMessage();
            }
        }
        layout.write(req, resp, HttpServletResponse.SC_BAD_REQUEST, Page.of("Search", "page-type-navigator",
                form(req, jql) + "<div class=\"aui-message aui-message-error\" id=\"filter-error\"><p>"
                        + Html.esc(error) + "</p></div>" + saveForm(req, resp, jql, name)));
    }

    private SearchRequest savedFilter(ApplicationUser user, String id) {
        if (!id.matches("\\d{1,18}")) {
            return null;
        }
        return services.filters().getFilter(new JiraServiceContextImpl(user), Long.valueOf(id));
    }

    private String saveForm(HttpServletRequest req, HttpServletResponse resp, String jql, String name) {
        String token = services.xsrf().getXsrfToken(req, resp, true);
        return "<form class=\"aui\" id=\"save-filter-form\" method=\"post\" action=\"" + req.getContextPath()
                + "/issues/\"><input type=\"hidden\" name=\"atl_token\" value=\"" + Html.esc(token) + "\">"
                + "<input type=\"hidden\" name=\"jql\" value=\"" + Html.esc(jql) + "\">"
                + "<div class=\"field-group\"><label for=\"filter-name-input\">Filter name</label>"
                + "<input class=\"text\" type=\"text\" id=\"filter-name-input\" name=\"filterName\" value=\""
                + Html.esc(name == null ? "" : name) + "\"/></div><div class=\"checkbox\"><input class=\"checkbox\" "
                + "type=\"checkbox\" id=\"filter-shared\" name=\"shared\" value=\"true\"/> <label for=\"filter-shared\">"
                + "Share with all users</label></div><button type=\"submit\" class=\"aui-button\" id=\"save-filter\">"
                + "Save as filter</button></form>";
    }

    private Map<String, String> values(SandboxIssue issue) {
        Map<String, String> values = new LinkedHashMap<>();
        services.customFields().values(issue.getId()).forEach(v -> values.put(v.name(), v.value()));
        return values;
    }

    /** The rendered column views of the plugin's own field types on the issue, by field name. */
    private Map<String, String> columnViews(SandboxIssue issue) {
        Map<String, String> views = new LinkedHashMap<>();
        for (SandboxCustomFields.PluginField f : services.customFields().pluginFields(issue.getId())) {
            services.fieldTypes().columnView(f.field(), f.type(), issue).ifPresent(r -> views.put(f.field().getName(),
                    r.html()));
        }
        return views;
    }

    private static String form(HttpServletRequest req, String jql) {
        return "<h1>Search</h1><form class=\"aui\" id=\"jql-form\" method=\"get\" action=\"" + req.getContextPath()
                + "/issues/\"><div class=\"field-group\"><label for=\"advanced-search\">JQL</label>"
                + "<input class=\"text long-field\" type=\"text\" id=\"advanced-search\" name=\"jql\" value=\""
                + Html.esc(jql) + "\"/> <button type=\"submit\" class=\"aui-button aui-button-primary\">Search</button>"
                + "</div></form>";
    }

    private static void writeJson(HttpServletResponse resp, int status, ObjectNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
