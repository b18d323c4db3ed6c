package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.sandbox.host.WebFragments;

/**
 * Jira's page chrome in AUI: the header (dashboard, projects menu, administration for admins, language, user,
 * log out), the web resources of the page's contexts, and a footer. Every page of the host goes through here,
 * and so do plugin servlet pages that ask for a decorator.
 */
public final class PageLayout {

    static final String ADMIN_PLUGINS_MENU = "admin_plugins_menu";

    private final PageServices services;

    public PageLayout(PageServices services) {
        this.services = services;
    }

    public void write(HttpServletRequest req, HttpServletResponse resp, int status, Page page) throws IOException {
        String cp = req.getContextPath();
        ApplicationUser user = services.auth().getLoggedInUser();
        String token = services.xsrf().getXsrfToken(req, resp, true);
        List<String> contexts = new ArrayList<>(List.of("atl.general", "jira.general"));
        contexts.addAll(page.contexts());
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Html.esc(services.profiles().language(user)))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Html.esc(page.title())).append(" - Jira sandbox</title>\n")
                .append("<link rel=\"icon\" type=\"image/svg+xml\" href=\"").append(Html.esc(cp))
                .append("/s/sandbox/favicon.svg\">\n")
                .append("<meta name=\"ajs-context-path\" content=\"").append(Html.esc(cp)).append("\">\n")
                .append("<meta name=\"ajs-remote-user\" content=\"")
                .append(Html.esc(user == null ? "" : user.getUsername())).append("\">\n")
                .append("<meta name=\"ajs-remote-user-fullname\" content=\"")
                .append(Html.esc(user == null ? "" : user.getDisplayName())).append("\">\n")
                .append("<meta name=\"ajs-user-locale\" content=\"")
                .append(Html.esc(services.profiles().locale(user).toString())).append("\">\n")
                .append("<meta id=\"atlassian-token\" name=\"atlassian-token\" content=\"").append(Html.esc(token))
                .append("\">\n")
                .append(services.webResources().headTags(cp, contexts))
                .append(page.extraHead())
                .append("</head>\n<body id=\"jira\" class=\"aui-layout aui-theme-default ")
                .append(Html.esc(page.bodyClass())).append("\">\n<div id=\"page\">\n")
                .append(header(req, user, token))
                .append("<section id=\"content\" role=\"main\">\n").append(page.main()).append("\n</section>\n")
                .append("<footer id=\"footer\" role=\"contentinfo\"><section class=\"footer-body\">")
                .append("<p>Service Innovation Roadmap development sandbox &middot; a stand-in for Jira Data Center "
                        + "11, not Jira</p></section></footer>\n</div>\n</body>\n</html>\n");
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String header(HttpServletRequest req, ApplicationUser user, String token) {
        String cp = req.getContextPath();
        StringBuilder b = new StringBuilder();
        b.append("<header id=\"header\" role=\"banner\">\n<nav class=\"aui-header\" role=\"navigation\" "
                + "aria-label=\"Site\">\n<div class=\"aui-header-inner\">\n<div class=\"aui-header-primary\">\n")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"").append(cp)
                .append("/secure/Dashboard.jspa\"><span class=\"aui-header-logo-device\">Jira</span></a></span>\n")
                .append("<ul class=\"aui-nav\">\n");
        if (user != null) {
            b.append("<li><a id=\"home_link\" href=\"").append(cp).append("/secure/Dashboard.jspa\">Dashboard</a></li>\n")
                    .append("<li><a id=\"browse_link\" href=\"#browse_link-content\" aria-controls=\"")
                    .append("browse_link-content\" class=\"aui-dropdown2-trigger\">Projects</a>\n")
                    .append("<aui-dropdown-menu id=\"browse_link-content\"><aui-section label=\"All projects\">");
            for (Project p : services.permissions().getProjects(ProjectPermissions.BROWSE_PROJECTS, user)) {
                b.append("<aui-item-link href=\"").append(cp).append("/projects/").append(Html.esc(p.getKey()))
                        .append("\">").append(Html.esc(p.getName())).append(" (").append(Html.esc(p.getKey()))
                        .append(")</aui-item-link>");
            }
            b.append("</aui-section></aui-dropdown-menu></li>\n");
        }
        b.append("</ul>\n</div>\n<div class=\"aui-header-secondary\">\n<ul class=\"aui-nav\">\n");
        if (user == null) {
            b.append("<li><a id=\"login-link\" class=\"login-link\" href=\"").append(cp)
                    .append("/login.jsp\">Log In</a></li>\n");
        } else {
            if (services.globalPermissions().hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
                b.append(adminMenu(cp, user));
            }
            b.append("<li>").append(languagePicker(req, user, token)).append("</li>\n")
                    .append("<li><span id=\"header-details-user-fullname\" class=\"aui-nav-item\" data-username=\"")
                    .append(Html.esc(user.getUsername())).append("\" data-displayname=\"")
                    .append(Html.esc(user.getDisplayName())).append("\">").append(Html.esc(user.getDisplayName()))
                    .append("</span></li>\n")
                    .append("<li><a id=\"log_out\" href=\"").append(cp).append("/logout\">Log Out</a></li>\n");
        }
        b.append("</ul>\n</div>\n</div>\n</nav>\n</header>\n");
        return b.toString();
    }

    /**
     * Jira's administration menu, reduced to its "Manage apps" tab: the plugin's web sections at
     * {@code admin_plugins_menu}, each with its label and then its items (DAC "Administration UI locations").
     */
    private String adminMenu(String cp, ApplicationUser user) {
        Map<String, Object> context = new HashMap<>();
        context.put("user", user);
        StringBuilder b = new StringBuilder("<li><a id=\"admin_menu\" href=\"#admin_menu-content\" aria-controls=\""
                + "admin_menu-content\" class=\"aui-dropdown2-trigger\">Administration</a>\n"
                + "<aui-dropdown-menu id=\"admin_menu-content\">");
        List<WebFragments.Section> sections = services.fragments().sections(ADMIN_PLUGINS_MENU, context,
                services.profiles().locale(user), cp);
        if (sections.isEmpty()) {
            b.append("<aui-section label=\"Manage apps\"><aui-item-link href=\"#\">No app settings</aui-item-link>"
                    + "</aui-section>");
        }
        for (WebFragments.Section section : sections) {
            b.append("<aui-section id=\"").append(Html.esc(ADMIN_PLUGINS_MENU + "/" + section.key()))
                    .append("\" label=\"").append(Html.esc(section.label())).append("\">");
            for (WebFragments.Item item : section.items()) {
                b.append("<aui-item-link id=\"").append(Html.esc(item.linkId() == null ? item.key() : item.linkId()))
                        .append("\" href=\"").append(Html.esc(item.href())).append("\">")
                        .append(Html.esc(item.label())).append("</aui-item-link>");
            }
            b.append("</aui-section>");
        }
        return b.append("</aui-dropdown-menu></li>\n").toString();
    }

    private String languagePicker(HttpServletRequest req, ApplicationUser user, String token) {
        String current = services.profiles().language(user);
        String here = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        StringBuilder b = new StringBuilder();
        b.append("<form id=\"user-locale-form\" class=\"aui roadmap-sandbox-locale\" method=\"post\" action=\"")
                .append(req.getContextPath()).append("/secure/UpdateUserPreferences.jspa\">")
                .append("<input type=\"hidden\" name=\"atl_token\" value=\"").append(Html.esc(token)).append("\">")
                .append("<input type=\"hidden\" name=\"returnUrl\" value=\"").append(Html.esc(here)).append("\">")
                .append("<label class=\"assistive\" for=\"user-locale\">Language</label>")
                .append("<select class=\"select\" id=\"user-locale\" name=\"locale\" onchange=\"this.form.submit()\">");
        for (Map.Entry<String, String> e : services.profiles().languages().entrySet()) {
            b.append("<option value=\"").append(e.getKey()).append("\"")
                    .append(e.getKey().equals(current) ? " selected" : "").append(">")
                    .append(Html.esc(e.getValue())).append("</option>");
        }
        b.append("</select><noscript><button class=\"aui-button\" type=\"submit\">Save</button></noscript></form>");
        return b.toString();
    }

    /** Standard Jira page body: page header with title, then the page panel. */
    static String panel(String headerHtml, String contentHtml) {
        return "<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div "
                + "class=\"aui-page-header-main\">" + headerHtml + "</div></div></header>\n"
                + "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section "
                + "class=\"aui-page-panel-content\">\n" + contentHtml + "\n</section></div></div>";
    }

    /** A simple message page (404, 403 ...). */
    void message(HttpServletRequest req, HttpServletResponse resp, int status, String title, String text)
            throws IOException {
        write(req, resp, status, Page.of(title, "page-type-message", panel("<h1>" + Html.esc(title) + "</h1>",
                "<div class=\"aui-message aui-message-warning\"><p>" + Html.esc(text) + "</p></div>")));
    }
}
