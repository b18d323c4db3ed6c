package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A host page: anonymous visitors are sent to the login page and come back afterwards, as in Jira. */
abstract class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    protected final transient PageServices services;
    protected final transient PageLayout layout;

    PageServlet(PageServices services, PageLayout layout) {
        this.services = services;
        this.layout = layout;
    }

    /** The logged-in user, or null after redirecting to the login page. */
    protected ApplicationUser requireUser(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = services.auth().getLoggedInUser();
        if (user == null) {
            resp.sendRedirect(loginUrl(req));
        }
        return user;
    }

    static String loginUrl(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String destination = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        return req.getContextPath() + "/login.jsp?os_destination=" + Html.url(destination);
    }
}
