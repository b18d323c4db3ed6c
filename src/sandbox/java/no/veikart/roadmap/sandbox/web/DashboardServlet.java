package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.host.WebFragments;

/**
 * {@code /secure/Dashboard.jspa}: the user's projects and, when the plugin declares {@code dashboard-item}s, the
 * area where they appear (server-rendered from their {@code view} resource when they have one).
 */
final class DashboardServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    DashboardServlet(PageServices services, PageLayout layout) {
        super(services, layout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireUser(req, resp);
        if (user == null) {
            return;
        }
        String cp = req.getContextPath();
        StringBuilder b = new StringBuilder();
        if (!services.descriptor().dashboardItems().isEmpty()) {
            Map<String, Object> context = new HashMap<>();
            context.put("user", user);
            List<WebFragments.Panel> items = services.fragments().dashboardItems(context,
                    services.auth().getLocale());
            b.append("<div id=\"dashboard-content\" class=\"dashboard\">\n");
            for (WebFragments.Panel item : items) {
                b.append("<div class=\"dashboard-item-frame gadget\" id=\"dashboard-item-").append(Html.esc(item.key()))
                        .append("\"><div class=\"dashboard-item-header\"><h3 class=\"dashboard-item-title\">")
                        .append(Html.esc(item.label())).append("</h3></div><div class=\"dashboard-item-content\">")
                        .append(item.html()).append("</div></div>\n");
            }
            b.append("</div>\n");
        }
        Collection<Project> projects = services.permissions().getProjects(ProjectPermissions.BROWSE_PROJECTS, user);
        b.append("<div class=\"module\" id=\"dashboard-projects-module\"><h2>Your projects</h2>\n");
        if (projects.isEmpty()) {
            b.append("<p id=\"dashboard-no-projects\">You do not have access to any project.</p>");
        } else {
            b.append("<table class=\"aui\" id=\"dashboard-projects\"><thead><tr><th>Project</th><th>Key</th>"
                    + "<th>Issues</th></tr></thead><tbody>\n");
            for (Project p : projects) {
                b.append("<tr data-project-key=\"").append(Html.esc(p.getKey())).append("\"><td><a href=\"")
                        .append(cp).append("/projects/").append(Html.esc(p.getKey())).append("\">")
                        .append(Html.esc(p.getName())).append("</a></td><td>").append(Html.esc(p.getKey()))
                        .append("</td><td>").append(services.issues().issuesOf(p.getId()).size())
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>");
        }
        b.append("</div>");
        layout.write(req, resp, HttpServletResponse.SC_OK, Page.of("System dashboard", "page-type-dashboard",
                PageLayout.panel("<h1>System dashboard</h1>", b.toString()), "atl.dashboard", "jira.dashboard"));
    }
}
