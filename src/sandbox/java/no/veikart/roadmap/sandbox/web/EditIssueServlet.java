package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.veikart.roadmap.sandbox.host.CustomFieldModules;
import no.veikart.roadmap.sandbox.jira.SandboxCustomFields;

/**
 * {@code /secure/EditIssue!default.jspa?id=ID}: Jira's edit screen, reduced to what the plugin puts on it. The summary
 * as a field, then every field of the plugin's own types whose context covers the issue, from the type's {@code edit}
 * resource (ids {@code customfield_<id>-edit}). The sandbox shows the screen but saves nothing from it: the plugin's
 * own forms and REST are where its data changes.
 */
final class EditIssueServlet extends PageServlet {

    static final String PATH = "/secure/EditIssue!default.jspa";
    private static final long serialVersionUID = 1L;

    EditIssueServlet(PageServices services, PageLayout layout) {
        super(services, layout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireUser(req, resp);
        if (user == null) {
            return;
        }
        MutableIssue issue = issue(req.getParameter("id"));
        if (issue == null || !services.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            layout.message(req, resp, HttpServletResponse.SC_NOT_FOUND, "Issue does not exist",
                    "The issue you are trying to edit does not exist or you do not have permission to see it.");
            return;
        }
        if (!services.permissions().hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            layout.message(req, resp, HttpServletResponse.SC_FORBIDDEN, "Permission violation",
                    "You do not have permission to edit issues in this project.");
            return;
        }
        StringBuilder form = new StringBuilder("<form id=\"issue-edit\" class=\"aui\" onsubmit=\"return false\">")
                .append("<div class=\"field-group\"><label for=\"summary\">Summary</label><input class=\"text "
                        + "long-field\" id=\"summary\" name=\"summary\" type=\"text\" value=\"")
                .append(Html.esc(issue.getSummary())).append("\"></div>");
        CustomFieldModules fieldTypes = services.fieldTypes();
        for (SandboxCustomFields.PluginField f : services.customFields().pluginFields(issue.getId())) {
            CustomFieldModules.Rendered html = fieldTypes.edit(f.field(), f.type(), issue);
            form.append("<div id=\"").append(Html.esc(f.field().getId())).append("-edit\" class=\"")
                    .append(html.failed() ? "roadmap-sandbox-edit-failed" : "roadmap-sandbox-edit-field").append("\">")
                    .append(html.html()).append("</div>");
        }
        form.append("<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary\""
                + " type=\"submit\" disabled>Update</button><span class=\"roadmap-sandbox-empty\"> The sandbox shows edit "
                + "screens but does not save them.</span></div></div></form>");
        String head = "<h1>Edit issue: " + Html.esc(issue.getKey()) + "</h1>";
        layout.write(req, resp, HttpServletResponse.SC_OK, Page.of("Edit issue: " + issue.getKey(), "page-type-edit",
                PageLayout.panel(head, form.toString()), "jira.edit.issue"));
    }

    private MutableIssue issue(String id) {
        try {
            return id == null ? null : services.issues().getIssueObject(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
