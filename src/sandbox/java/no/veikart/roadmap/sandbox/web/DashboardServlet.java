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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.DashboardItemModule;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.Definition;
import no.veikart.roadmap.sandbox.host.PluginI18n;
import no.veikart.roadmap.sandbox.host.WebFragments;
import no.veikart.roadmap.sandbox.jira.JiraData.DashboardItemRow;

/**
 * {@code /secure/Dashboard.jspa}: the user's own dashboard, like a personal Jira dashboard. "Add gadget" opens the
 * directory of the plugin's {@code dashboard-item}s that have a {@code <definition>}; an added gadget is stored with
 * the user ({@code jira-state.json}) and rendered like Jira renders dashboard items: by its {@code amd-module} in the
 * browser (sandbox-static/dashboard.js stands in for Jira's dashboard framework and the item API), or from its
 * {@code view} resource on the server. Below, the user's projects. Jira's layouts, columns, colours, sharing and the
 * OpenSocial gadget directory are not imitated.
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
        String token = services.xsrf().getXsrfToken(req, resp, true);
        Locale locale = services.auth().getLocale();
        Map<String, Object> context = new HashMap<>();
        context.put("user", user);
        StringBuilder b = new StringBuilder();
        b.append(directory(cp, token, locale, context));
        b.append("<div id=\"dashboard-content\" class=\"dashboard\">\n");
        List<DashboardItemRow> items = services.dashboards().itemsOf(user.getKey());
        if (items.isEmpty()) {
            b.append("<p id=\"dashboard-empty\" class=\"roadmap-sandbox-dashboard-empty\">No gadgets yet: "
                    + "use Add gadget.</p>\n");
        }
        for (DashboardItemRow item : items) {
            b.append(frame(cp, token, locale, context, item));
        }
        b.append("</div>\n");
        b.append(projects(cp, user));
        String header = "<h1>System dashboard</h1></div><div class=\"aui-page-header-actions\">"
                + "<button type=\"button\" class=\"aui-button\" id=\"add-gadget\" aria-controls=\"gadget-directory\">"
                + "Add gadget</button>";
        layout.write(req, resp, HttpServletResponse.SC_OK, new Page("System dashboard", "page-type-dashboard",
                List.of("atl.dashboard", "jira.dashboard"),
                "<script src=\"" + cp + "/s/sandbox/dashboard.js\"></script>\n",
                PageLayout.panel(header, b.toString())));
    }

    /** {@code action=add&moduleKey=…} or {@code action=remove&gadgetId=…}, a form post with the XSRF token. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireTokenedPost(req, resp);
        if (user == null) {
            return;
        }
        String back = req.getContextPath() + "/secure/Dashboard.jspa";
        String action = String.valueOf(req.getParameter("action"));
        if ("add".equals(action)) {
            Map<String, Object> context = Map.of("user", user);
            Optional<DashboardItemModule> module = listed(req.getParameter("moduleKey"))
                    .filter(m -> services.fragments().showsDashboardItem(m, context));
            if (module.isEmpty()) {
                layout.message(req, resp, HttpServletResponse.SC_BAD_REQUEST, "Gadget not found",
                        "The gadget '" + req.getParameter("moduleKey") + "' is not in the gadget directory.");
                return;
            }
            DashboardItemRow row = services.dashboards().add(user.getKey(), completeKey(module.get()));
            resp.sendRedirect(back + "#gadget-" + row.id());
        } else if ("remove".equals(action)) {
            long id;
            try {
                id = Long.parseLong(String.valueOf(req.getParameter("gadgetId")));
            } catch (NumberFormatException e) {
                id = -1;
            }
            services.dashboards().remove(user.getKey(), id);
            resp.sendRedirect(back);
        } else {
            layout.message(req, resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown action",
                    "The dashboard cannot '" + action + "'.");
        }
    }

    /** A directory entry: a dashboard item with a definition, by key or complete key. */
    private Optional<DashboardItemModule> listed(String moduleKey) {
        return services.descriptor().dashboardItems().stream()
                .filter(d -> d.definition() != null)
                .filter(d -> d.key().equals(moduleKey) || completeKey(d).equals(moduleKey))
                .findFirst();
    }

    private String completeKey(DashboardItemModule d) {
        return services.descriptor().key() + ":" + d.key();
    }

    private String directory(String cp, String token, Locale locale, Map<String, Object> context) {
        PluginI18n i18n = services.fragments().i18n();
        StringBuilder b = new StringBuilder();
        b.append("<section id=\"gadget-directory\" class=\"aui-dialog2 aui-dialog2-large aui-layer\" role=\"dialog\" "
                + "aria-labelledby=\"gadget-directory-title\" hidden>\n<header class=\"aui-dialog2-header\">"
                + "<h2 class=\"aui-dialog2-header-main\" id=\"gadget-directory-title\">Add a gadget</h2></header>\n"
                + "<div class=\"aui-dialog2-content\"><ul class=\"gadget-directory-items\">\n");
        for (DashboardItemModule d : services.descriptor().dashboardItems()) {
            Definition def = d.definition();
            if (def == null || !services.fragments().showsDashboardItem(d, context)) {
                continue;
            }
            String title = services.fragments().dashboardItemTitle(d, locale);
            b.append("<li class=\"gadget-directory-item\" data-module-key=\"").append(Html.esc(completeKey(d)))
                    .append("\">");
            if (def.thumbnail() != null) {
                String src = def.thumbnail().startsWith("/") ? cp + def.thumbnail() : def.thumbnail();
                b.append("<img class=\"gadget-directory-thumbnail\" width=\"120\" height=\"60\" alt=\"\" src=\"")
                        .append(Html.esc(src)).append("\">");
            }
            b.append("<div class=\"gadget-directory-text\"><h3 class=\"gadget-directory-title\">").append(Html.esc(title))
                    .append("</h3>");
            if (d.description() != null) {
                b.append("<p class=\"gadget-directory-description\">")
                        .append(Html.esc(i18n.label(locale, d.description(), ""))).append("</p>");
            }
            b.append("<p class=\"gadget-directory-meta\">");
            if (def.author() != null) {
                b.append("By ").append(Html.esc(def.author())).append(' ');
            }
            for (String category : def.categories()) {
                b.append("<span class=\"aui-lozenge aui-lozenge-subtle\">").append(Html.esc(category))
                        .append("</span> ");
            }
            b.append("</p></div><form method=\"post\" action=\"").append(cp).append("/secure/Dashboard.jspa\">")
                    .append("<input type=\"hidden\" name=\"atl_token\" value=\"").append(Html.esc(token)).append("\">")
                    .append("<input type=\"hidden\" name=\"action\" value=\"add\">")
                    .append("<input type=\"hidden\" name=\"moduleKey\" value=\"").append(Html.esc(completeKey(d)))
                    .append("\"><button type=\"submit\" class=\"aui-button aui-button-primary gadget-directory-add\">")
                    .append("Add gadget</button></form></li>\n");
        }
        b.append("</ul></div>\n<footer class=\"aui-dialog2-footer\"><div class=\"aui-dialog2-footer-actions\">"
                + "<button type=\"button\" class=\"aui-button aui-button-link\" id=\"gadget-directory-close\">Close"
                + "</button></div></footer>\n</section>\n");
        return b.toString();
    }

    private String frame(String cp, String token, Locale locale, Map<String, Object> context, DashboardItemRow item) {
        Optional<DashboardItemModule> module = services.descriptor().dashboardItems().stream()
                .filter(d -> completeKey(d).equals(item.moduleKey())).findFirst();
        String id = "gadget-" + item.id();
        StringBuilder b = new StringBuilder();
        if (module.isEmpty() || !services.fragments().showsDashboardItem(module.get(), context)) {
            return b.append("<div class=\"dashboard-item-frame gadget\" id=\"").append(id).append("\"><p>")
                    .append("The gadget ").append(Html.esc(item.moduleKey())).append(" is not available.</p>")
                    .append(removeForm(cp, token, item)).append("</div>\n").toString();
        }
        DashboardItemModule d = module.get();
        String title = services.fragments().dashboardItemTitle(d, locale);
        b.append("<div class=\"dashboard-item-frame gadget\" id=\"").append(id).append("\" data-gadget-id=\"")
                .append(item.id()).append("\" data-module-key=\"").append(Html.esc(item.moduleKey())).append("\"");
        if (d.amdModule() != null) {
            b.append(" data-amd-module=\"").append(Html.esc(d.amdModule())).append("\" data-configurable=\"")
                    .append(d.configurable()).append("\" data-editable=\"true\"");
        }
        b.append(">\n<div class=\"dashboard-item-header\"><h3 class=\"dashboard-item-title\">").append(Html.esc(title))
                .append("</h3><div class=\"dashboard-item-actions\">");
        if (d.amdModule() != null && d.configurable()) {
            b.append("<button type=\"button\" class=\"aui-button aui-button-subtle gadget-edit\">Edit</button>");
        }
        b.append(removeForm(cp, token, item)).append("</div></div>\n");
        if (d.amdModule() != null) {
            b.append("<div class=\"dashboard-item-loading\" hidden><span class=\"aui-icon aui-icon-wait\"></span> "
                    + "Loading…</div>\n<div class=\"dashboard-item-content\"></div>\n")
                    .append("<script type=\"application/json\" class=\"dashboard-item-preferences\">")
                    .append(DashboardItemsServlet.scriptJson(item.preferences())).append("</script>\n");
        } else {
            WebFragments.Panel panel = services.fragments().dashboardItem(d, context, locale).orElseThrow();
            b.append("<div class=\"dashboard-item-content\">").append(panel.html()).append("</div>\n");
        }
        return b.append("</div>\n").toString();
    }

    private static String removeForm(String cp, String token, DashboardItemRow item) {
        return "<form class=\"gadget-remove-form\" method=\"post\" action=\"" + cp + "/secure/Dashboard.jspa\">"
                + "<input type=\"hidden\" name=\"atl_token\" value=\"" + Html.esc(token) + "\">"
                + "<input type=\"hidden\" name=\"action\" value=\"remove\">"
                + "<input type=\"hidden\" name=\"gadgetId\" value=\"" + item.id() + "\">"
                + "<button type=\"submit\" class=\"aui-button aui-button-subtle gadget-remove\">Remove</button></form>";
    }

    private String projects(String cp, ApplicationUser user) {
        StringBuilder b = new StringBuilder();
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
        return b.append("</div>").toString();
    }
}
