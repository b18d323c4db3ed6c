package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veikart.roadmap.sandbox.host.WebFragments;
import no.veikart.roadmap.sandbox.jira.SandboxIssue;

/**
 * {@code /projects/{KEY}}: the project's issues, the plugin's web items in the project sidebar section
 * {@code jira.project.sidebar.plugins.navigation} and its web panels at {@code roadmap.project.actions}; fragment
 * context: {@code project}, {@code projectKey}, {@code user}.
 */
final class ProjectPageServlet extends PageServlet {

    static final String SIDEBAR_SECTION = "jira.project.sidebar.plugins.navigation";
    static final String ACTIONS_LOCATION = "roadmap.project.actions";
    private static final long serialVersionUID = 1L;

    ProjectPageServlet(PageServices services, PageLayout layout) {
        super(services, layout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireUser(req, resp);
        if (user == null) {
            return;
        }
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String key = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        Project project = services.projects().getProjectObjByKey(key.toUpperCase(Locale.ROOT));
        if (project == null || !services.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, project,
                user)) {
            layout.message(req, resp, HttpServletResponse.SC_NOT_FOUND, "Project not found",
                    "The project you are trying to view does not exist or you do not have permission to see it.");
            return;
        }
        String cp = req.getContextPath();
        Map<String, Object> context = new HashMap<>();
        context.put("project", project);
        context.put("projectKey", project.getKey());
        context.put("user", user);
        Locale locale = services.auth().getLocale();
        List<WebFragments.Item> items = services.fragments().items(SIDEBAR_SECTION, context, locale, cp);
        List<WebFragments.Panel> panels = services.fragments().panels(ACTIONS_LOCATION, context, locale);

        StringBuilder nav = new StringBuilder("<nav id=\"project-sidebar\" class=\"aui-navgroup "
                + "aui-navgroup-vertical\" aria-label=\"Project\"><div class=\"aui-navgroup-inner\"><div "
                + "class=\"aui-navgroup-primary\"><ul class=\"aui-nav\">");
        nav.append("<li class=\"aui-nav-selected\"><a href=\"").append(cp).append("/projects/")
                .append(Html.esc(project.getKey())).append("\">Issues</a></li>");
        for (WebFragments.Item i : items) {
            nav.append("<li><a href=\"").append(Html.esc(i.href())).append("\" data-web-item=\"")
                    .append(Html.esc(i.key())).append("\"")
                    .append(i.linkId() == null ? "" : " id=\"" + Html.esc(i.linkId()) + "\"")
                    .append(i.styleClass() == null ? "" : " class=\"" + Html.esc(i.styleClass()) + "\"")
                    .append(">").append(Html.esc(i.label())).append("</a></li>");
        }
        nav.append("</ul></div></div></nav>");

        StringBuilder main = new StringBuilder();
        panels.forEach(p -> main.append(IssuePageServlet.panel(p)));
        List<SandboxIssue> issues = services.issues().issuesOf(project.getId());
        main.append("<h2>Issues</h2>");
        if (issues.isEmpty()) {
            main.append("<p id=\"project-no-issues\">No issues yet.</p>");
        } else {
            main.append("<table id=\"project-issues\" class=\"aui\"><thead><tr><th>Key</th><th>Type</th>"
                    + "<th>Summary</th><th>Status</th></tr></thead><tbody>");
            for (SandboxIssue i : issues) {
                main.append("<tr data-issuekey=\"").append(Html.esc(i.getKey())).append("\"><td><a href=\"")
                        .append(cp).append("/browse/").append(Html.esc(i.getKey())).append("\">")
                        .append(Html.esc(i.getKey())).append("</a></td><td>")
                        .append(Html.esc(i.getIssueType() == null ? "" : i.getIssueType().getName()))
                        .append("</td><td>").append(Html.esc(i.getSummary())).append("</td><td><span "
                                + "class=\"aui-lozenge aui-lozenge-subtle\">").append(Html.esc(i.getStatusName()))
                        .append("</span></td></tr>");
            }
            main.append("</tbody></table>");
        }
        String content = "<div class=\"roadmap-sandbox-project\">" + nav + "<div class=\"roadmap-sandbox-project-main\">"
                + main + "</div></div>";
        layout.write(req, resp, HttpServletResponse.SC_OK, Page.of(project.getName(), "page-type-project",
                PageLayout.panel("<h1 id=\"project-name\">" + Html.esc(project.getName()) + " <span "
                        + "class=\"aui-lozenge\">" + Html.esc(project.getKey()) + "</span></h1>", content),
                "jira.browse.project"));
    }
}
