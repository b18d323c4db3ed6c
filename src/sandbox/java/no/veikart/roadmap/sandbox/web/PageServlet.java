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

    /**
     * The logged-in user of a form post that carries the XSRF token ({@code atl_token}), or null after answering: the
     * login page for anonymous visitors, Jira's "XSRF Security Token Missing" page (403) without a valid token.
     */
    protected ApplicationUser requireTokenedPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireUser(req, resp);
        if (user != null && !services.xsrf().validateFormEncodedToken(req)) {
            layout.message(req, resp, HttpServletResponse.SC_FORBIDDEN, "XSRF Security Token Missing",
                    "Jira could not complete this action due to a missing form token. Reload the page and try "
                            + "again.");
            return null;
        }
        return user;
    }

    static String loginUrl(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String destination = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        return req.getContextPath() + "/login.jsp?os_destination=" + Html.url(destination);
    }
}
