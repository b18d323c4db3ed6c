package no.veikart.roadmap.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import no.veikart.roadmap.sandbox.auth.AuthFilter;
import no.veikart.roadmap.sandbox.jira.SandboxUser;

/** {@code /login.jsp}: Jira's login form (field names {@code os_username}, {@code os_password}, {@code os_destination}). */
final class LoginServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    LoginServlet(PageServices services, PageLayout layout) {
        super(services, layout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        form(req, resp, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<SandboxUser> user = services.users().authenticate(req.getParameter("os_username"),
                req.getParameter("os_password"));
        if (user.isEmpty()) {
            form(req, resp, "Sorry, your username and password are incorrect - please try again.");
            return;
        }
        req.getSession(true);
        req.changeSessionId();
        req.getSession().setAttribute(AuthFilter.SESSION_USER, user.get().getUsername());
        resp.sendRedirect(destination(req));
    }

    /** Only destinations inside this Jira are followed (no open redirect). */
    private static String destination(HttpServletRequest req) {
        String cp = req.getContextPath();
        String d = req.getParameter("os_destination");
        if (d != null && !d.isBlank()) {
            try {
                URI uri = URI.create(d.trim());
                if (uri.getScheme() == null && uri.getAuthority() == null && d.startsWith("/")) {
                    return d.startsWith(cp + "/") ? d : cp + d;
                }
            } catch (IllegalArgumentException e) {
                // Fall through to the dashboard.
            }
        }
        return cp + "/secure/Dashboard.jspa";
    }

    private void form(HttpServletRequest req, HttpServletResponse resp, String error) throws IOException {
        String destination = req.getParameter("os_destination");
        StringBuilder b = new StringBuilder();
        if (error != null) {
            b.append("<div id=\"login-error\" class=\"aui-message aui-message-error\"><p>").append(Html.esc(error))
                    .append("</p></div>\n");
        } else if ("true".equals(req.getParameter("permissionViolation"))) {
            b.append("<div class=\"aui-message aui-message-info\"><p>You must log in to access this page.</p>"
                    + "</div>\n");
        }
        b.append("<form id=\"login-form\" class=\"aui\" method=\"post\" action=\"").append(req.getContextPath())
                .append("/login.jsp\">\n")
                .append("<div class=\"field-group\"><label for=\"login-form-username\">Username</label>")
                .append("<input class=\"text medium-field\" type=\"text\" id=\"login-form-username\" "
                        + "name=\"os_username\" autocomplete=\"username\" autofocus value=\"")
                .append(Html.esc(error == null ? "" : req.getParameter("os_username"))).append("\"></div>\n")
                .append("<div class=\"field-group\"><label for=\"login-form-password\">Password</label>")
                .append("<input class=\"text medium-field\" type=\"password\" id=\"login-form-password\" "
                        + "name=\"os_password\" autocomplete=\"current-password\"></div>\n")
                .append("<input type=\"hidden\" name=\"os_destination\" value=\"").append(Html.esc(destination))
                .append("\">\n")
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><input id=\"login-form-submit\" "
                        + "class=\"aui-button aui-button-primary\" type=\"submit\" value=\"Log In\"></div></div>\n")
                .append("</form>\n")
                .append("<div class=\"aui-message aui-message-info roadmap-sandbox-users\"><p class=\"title\">"
                        + "Sandbox users (password = username)</p><ul>");
        for (SandboxUser u : services.users().all()) {
            b.append("<li><strong>").append(Html.esc(u.getUsername())).append("</strong>: ")
                    .append(Html.esc(services.users().describe(u))).append("</li>");
        }
        b.append("</ul></div>");
        layout.write(req, resp, HttpServletResponse.SC_OK, Page.of("Log in", "page-type-login",
                PageLayout.panel("<h1>Welcome to Jira</h1>", b.toString())));
    }
}
