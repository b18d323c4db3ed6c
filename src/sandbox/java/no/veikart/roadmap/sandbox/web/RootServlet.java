package no.veikart.roadmap.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Everything else under the context: {@code /jira/} goes to the dashboard, unknown pages get Jira's 404 page. */
final class RootServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    RootServlet(PageServices services, PageLayout layout) {
        super(services, layout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty() || "/".equals(path) || "/secure/MyJiraHome.jspa".equals(path)) {
            resp.sendRedirect(req.getContextPath() + "/secure/Dashboard.jspa");
            return;
        }
        layout.message(req, resp, HttpServletResponse.SC_NOT_FOUND, "Page not found",
                "The page you are looking for does not exist: " + path);
    }
}
