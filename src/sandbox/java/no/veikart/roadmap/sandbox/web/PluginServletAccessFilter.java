package no.veikart.roadmap.sandbox.web;

import com.atlassian.jira.user.ApplicationUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Locale;
import no.veikart.roadmap.sandbox.rest.AccessRule;

/**
 * The secure-by-default rule for a plugin {@code <servlet>} (Platform 7+: the REST v2 access annotations apply to
 * servlets too, unannotated = licensed users; exact servlet semantics unconfirmed [?]): the annotation on the
 * {@code doGet}/{@code doPost}/... method or the class decides. Anonymous page requests go to the login page.
 */
final class PluginServletAccessFilter implements Filter {

    private final Class<?> servletClass;
    private final PageServices services;
    private final PageLayout layout;

    PluginServletAccessFilter(Class<?> servletClass, PageServices services, PageLayout layout) {
        this.servletClass = servletClass;
        this.services = services;
        this.layout = layout;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        AccessRule rule = AccessRule.of(servletClass, handler(req.getMethod()));
        ApplicationUser user = services.auth().getLoggedInUser();
        if (rule.allows(user, services.globalPermissions())) {
            chain.doFilter(request, response);
            return;
        }
        if (user == null) {
            if ("GET".equals(req.getMethod())) {
                resp.sendRedirect(PageServlet.loginUrl(req));
            } else {
                resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return;
        }
        layout.message(req, resp, HttpServletResponse.SC_FORBIDDEN, "Access denied",
                "You do not have permission to view this page.");
    }

    private Method handler(String httpMethod) {
        String name = "do" + httpMethod.substring(0, 1).toUpperCase(Locale.ROOT)
                + httpMethod.substring(1).toLowerCase(Locale.ROOT);
        for (Class<?> c = servletClass; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, HttpServletRequest.class, HttpServletResponse.class);
            } catch (NoSuchMethodException e) {
                // Look in the superclass.
            }
        }
        return null;
    }
}
