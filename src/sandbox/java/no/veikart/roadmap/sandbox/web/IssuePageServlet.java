package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.host.WebFragments;
import no.veikart.roadmap.sandbox.jira.SandboxComment;
import no.veikart.roadmap.sandbox.jira.SandboxCustomFields;
import no.veikart.roadmap.sandbox.jira.SandboxIssue;

/**
 * {@code /browse/{KEY}}: the issue view with Jira's module ids (details, description, sub-tasks, links, activity),
 * and the plugin's web panels at {@code atl.jira.view.issue.left.context} and {@code .right.context}, whose
 * context holds {@code issue} and {@code user}.
 */
final class IssuePageServlet extends PageServlet {

    static final String LEFT = "atl.jira.view.issue.left.context";
    static final String RIGHT = "atl.jira.view.issue.right.context";
    private static final long serialVersionUID = 1L;

    IssuePageServlet(PageServices services, PageLayout layout) {
        super(services, layout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireUser(req, resp);
        if (user == null) {
            return;
        }
        String key = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        MutableIssue issue = services.issues().getIssueObject(key);
        if (issue == null || !services.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            layout.message(req, resp, HttpServletResponse.SC_NOT_FOUND, "Issue does not exist",
                    "The issue you are trying to view does not exist or you do not have permission to see it.");
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("user", user);
        java.util.Locale locale = services.auth().getLocale();
        List<WebFragments.Panel> left = services.fragments().panels(LEFT, context, locale);
        List<WebFragments.Panel> right = services.fragments().panels(RIGHT, context, locale);
        String cp = req.getContextPath();

        StringBuilder head = new StringBuilder("<ol class=\"aui-nav aui-nav-breadcrumbs\">");
        head.append("<li><a id=\"project-name-val\" href=\"").append(cp).append("/projects/")
                .append(Html.esc(issue.getProjectObject().getKey())).append("\">")
                .append(Html.esc(issue.getProjectObject().getName())).append("</a></li>");
        if (issue.getParentId() != null) {
            Issue parent = services.issues().getIssueObject(issue.getParentId());
            if (parent != null) {
                head.append("<li><a id=\"parent_issue_summary\" data-issue-key=\"").append(Html.esc(parent.getKey()))
                        .append("\" href=\"").append(cp).append("/browse/").append(Html.esc(parent.getKey()))
                        .append("\">").append(Html.esc(parent.getKey())).append(" ")
                        .append(Html.esc(parent.getSummary())).append("</a></li>");
            }
        }
        head.append("<li><a id=\"key-val\" href=\"").append(cp).append("/browse/").append(Html.esc(issue.getKey()))
                .append("\">").append(Html.esc(issue.getKey())).append("</a></li></ol>")
                .append("<h1 id=\"summary-val\">").append(Html.esc(issue.getSummary())).append("</h1>");

        StringBuilder main = new StringBuilder("<div class=\"roadmap-sandbox-issue\">\n<div id=\"viewissue-left\" "
                + "class=\"roadmap-sandbox-issue-main\">\n");
        main.append(module("details-module", "Details", details(issue) + customFields(issue)));
        String description = issue.getDescription();
        main.append(module("descriptionmodule", "Description", description == null || description.isBlank()
                ? "<p class=\"roadmap-sandbox-empty\">Click to add description</p>"
                : "<div class=\"user-content-block\">" + Html.esc(description).replace("\n", "<br>") + "</div>"));
        left.forEach(p -> main.append(panel(p)));
        main.append(subTasks(cp, issue));
        main.append(links(cp, issue));
        main.append(activity(issue));
        main.append("</div>\n<div id=\"viewissue-right\" class=\"roadmap-sandbox-issue-side\">\n");
        SandboxIssue view = issue instanceof SandboxIssue ? (SandboxIssue) issue : null;
        main.append(module("peoplemodule", "People", "<ul class=\"property-list\"><li><strong>Reporter:</strong> "
                + "<span id=\"reporter-val\">" + Html.esc(displayName(view == null ? null : view.getReporterKey()))
                + "</span></li><li><strong>Assignee:</strong> <span id=\"assignee-val\">"
                + Html.esc(view == null || view.getAssigneeKey() == null ? "Unassigned"
                : displayName(view.getAssigneeKey())) + "</span></li></ul>"));
        main.append(module("datesmodule", "Dates", "<ul class=\"property-list\"><li><strong>Created:</strong> "
                + "<span id=\"created-val\">" + Html.esc(view == null ? "" : view.getCreated()) + "</span></li></ul>"));
        right.forEach(p -> main.append(panel(p)));
        main.append("</div>\n</div>");
        layout.write(req, resp, HttpServletResponse.SC_OK, Page.of("[" + issue.getKey() + "] " + issue.getSummary(),
                "page-type-issue", PageLayout.panel(head.toString(), main.toString()), "jira.view.issue"));
    }

    private static String details(Issue issue) {
        return "<ul id=\"issuedetails\" class=\"property-list\">"
                + "<li class=\"item\"><strong class=\"name\">Type:</strong> <span id=\"type-val\" class=\"value\">"
                + Html.esc(issue.getIssueType() == null ? "" : issue.getIssueType().getName()) + "</span></li>"
                + "<li class=\"item\"><strong class=\"name\">Status:</strong> <span id=\"status-val\" class=\"value\">"
                + "<span class=\"aui-lozenge aui-lozenge-subtle\">" + Html.esc(status(issue)) + "</span></span></li>"
                + "<li class=\"item\"><strong class=\"name\">Project:</strong> <span id=\"project-val\" "
                + "class=\"value\">" + Html.esc(issue.getProjectObject().getName()) + "</span></li></ul>";
    }

    /**
     * Custom fields with a value, as Jira lists them under Details (ids {@code customfield_<id>-val}): the stored values
     * of system types as text, then the fields of the plugin's own types rendered from their {@code view} resource.
     */
    private String customFields(Issue issue) {
        if (services.customFields() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (SandboxCustomFields.Shown v : services.customFields().values(issue.getId())) {
            b.append("<li class=\"item\"><strong class=\"name\">").append(Html.esc(v.name())).append(":</strong> ")
                    .append("<span id=\"").append(Html.esc(v.fieldId())).append("-val\" class=\"value\">")
                    .append(Html.esc(v.value())).append("</span></li>");
        }
        for (SandboxCustomFields.PluginField f : services.customFields().pluginFields(issue.getId())) {
            services.fieldTypes().view(f.field(), f.type(), issue).ifPresent(html -> b
                    .append("<li class=\"item roadmap-sandbox-plugin-field\"><strong class=\"name\">")
                    .append(Html.esc(f.field().getName())).append(":</strong> <div id=\"")
                    .append(Html.esc(f.field().getId())).append("-val\" class=\"value type-")
                    .append(Html.esc(f.field().getTypeKey().substring(f.field().getTypeKey().indexOf(':') + 1)))
                    .append("\">").append(html.html()).append("</div></li>"));
        }
        return b.length() == 0 ? "" : "<ul id=\"customfieldmodule\" class=\"property-list\">" + b + "</ul>";
    }

    private String subTasks(String cp, Issue issue) {
        List<SandboxIssue> subs = services.issues().subTasks(issue.getId());
        if (subs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table id=\"issuetable\" class=\"aui\"><tbody>");
        int n = 1;
        for (SandboxIssue s : subs) {
            b.append("<tr class=\"issuerow\" data-issuekey=\"").append(Html.esc(s.getKey())).append("\"><td>")
                    .append(n++).append(".</td><td class=\"stsummary\"><a href=\"").append(cp).append("/browse/")
                    .append(Html.esc(s.getKey())).append("\">").append(Html.esc(s.getSummary()))
                    .append("</a></td><td>").append(Html.esc(s.getKey())).append("</td><td><span class=\"aui-lozenge "
                            + "aui-lozenge-subtle\">").append(Html.esc(s.getStatusName())).append("</span></td></tr>");
        }
        b.append("</tbody></table>");
        return module("view-subtasks", "Sub-Tasks", b.toString());
    }

    private String links(String cp, Issue issue) {
        List<IssueLink> outward = services.links().getOutwardLinks(issue.getId());
        List<IssueLink> inward = services.links().getInwardLinks(issue.getId());
        if (outward.isEmpty() && inward.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<dl class=\"links-list\">");
        for (IssueLink l : outward) {
            link(b, cp, l, true, l.getDestinationId());
        }
        for (IssueLink l : inward) {
            link(b, cp, l, false, l.getSourceId());
        }
        b.append("</dl>");
        return module("linkingmodule", "Issue Links", b.toString());
    }

    private void link(StringBuilder b, String cp, IssueLink l, boolean outward, Long otherId) {
        IssueLinkType type = services.linkTypes().byId(l.getLinkTypeId());
        Issue other = services.issues().getIssueObject(otherId);
        if (type == null || other == null) {
            return;
        }
        b.append("<dt>").append(Html.esc(outward ? type.getOutward() : type.getInward())).append("</dt><dd>")
                .append("<a class=\"issue-link\" data-issue-key=\"").append(Html.esc(other.getKey()))
                .append("\" href=\"").append(cp).append("/browse/").append(Html.esc(other.getKey())).append("\">")
                .append(Html.esc(other.getKey())).append("</a> ").append(Html.esc(other.getSummary()))
                .append("</dd>");
    }

    private String activity(Issue issue) {
        List<SandboxComment> comments = services.comments().commentsOf(issue.getId());
        StringBuilder b = new StringBuilder();
        if (comments.isEmpty()) {
            b.append("<p class=\"roadmap-sandbox-empty\">There are no comments yet on this issue.</p>");
        }
        for (SandboxComment c : comments) {
            b.append("<div class=\"issue-data-block activity-comment\" id=\"comment-").append(c.getId())
                    .append("\"><div class=\"action-details\"><strong>")
                    .append(Html.esc(displayName(c.getAuthorKey()))).append("</strong> added a comment - ")
                    .append(Html.esc(c.getCreated())).append("</div><div class=\"action-body\">")
                    .append(Html.esc(c.getBody()).replace("\n", "<br>")).append("</div></div>");
        }
        return module("activitymodule", "Activity", b.toString());
    }

    private String displayName(String userKey) {
        return services.users().byName(userKey).map(u -> u.getDisplayName()).orElse(userKey == null ? "Anonymous"
                : userKey);
    }

    private static String status(Issue issue) {
        return issue instanceof SandboxIssue ? ((SandboxIssue) issue).getStatusName() : "To Do";
    }

    static String module(String id, String heading, String content) {
        return "<div id=\"" + Html.esc(id) + "\" class=\"module toggle-wrap\"><div class=\"mod-header\"><h4 "
                + "class=\"toggle-title\">" + Html.esc(heading) + "</h4></div><div class=\"mod-content\">" + content
                + "</div></div>\n";
    }

    static String panel(WebFragments.Panel p) {
        return module(p.key(), p.label(), p.html());
    }
}
