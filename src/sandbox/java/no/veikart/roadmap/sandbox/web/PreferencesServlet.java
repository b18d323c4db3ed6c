package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Saves the profile language chosen in the header (a form post with the XSRF token). */
final class PreferencesServlet extends PageServlet {

    private static final long serialVersionUID = 1L;

    PreferencesServlet(PageServices services, PageLayout layout) {
        super(services, layout);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = requireTokenedPost(req, resp);
        if (user == null) {
            return;
        }
        String language = req.getParameter("locale");
        if (!services.profiles().languages().containsKey(language)) {
            layout.message(req, resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown language",
                    "The language '" + language + "' is not available.");
            return;
        }
        services.profiles().setLanguage(user, language);
        String back = req.getParameter("returnUrl");
        boolean local = back != null && back.startsWith(req.getContextPath() + "/") && !back.startsWith("//");
        resp.sendRedirect(local ? back : req.getContextPath() + "/secure/Dashboard.jspa");
    }
}
