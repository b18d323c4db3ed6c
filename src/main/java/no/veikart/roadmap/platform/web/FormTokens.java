package no.veikart.roadmap.platform.web;

import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The XSRF token of the plugin's form pages, through Jira's own {@link XsrfTokenGenerator} (the {@code atl_token}
 * Jira's forms carry). Jira's, not SAL's XsrfTokenAccessor/XsrfTokenValidator: no public source shows the SAL pair
 * with jakarta servlet types (SAL 7, Jira 11), while Jira's generator is called with a jakarta request on 11.3.10
 * (alanmosely/basic-jira-development-panels 2.x; atlassian-reference.md §11).
 */
public class FormTokens {
    private final XsrfTokenGenerator generator;

    public FormTokens(XsrfTokenGenerator generator) {
        this.generator = generator;
    }

    /** The token for a form on the page being rendered (Jira sets its cookie when there is none yet). */
    public String token() {
        return generator.generateToken();
    }

    /** The form parameter that carries the token. */
    public String parameterName() {
        return generator.getXsrfTokenName();
    }

    /** Whether the submitted form carries this user's token. */
    public boolean valid(HttpServletRequest request) {
        return generator.validateToken(request, request.getParameter(generator.getXsrfTokenName()));
    }
}
