package no.veikart.roadmap.sandbox.auth;

import com.atlassian.jira.security.xsrf.XsrfTokenGenerator;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Jira's form XSRF token, kept like Jira's in the {@code atlassian.xsrf.token} cookie and sent back by forms as
 * {@code atl_token}: Jira's {@link XsrfTokenGenerator} (what the plugin uses) and SAL's accessor/validator (the
 * host's own pages). {@link #generateToken()} works on the request being served, as Jira's does through its
 * {@code ExecutingHttpRequest}; {@link #requestBinding()} is the filter that provides it.
 */
public final class SandboxXsrfTokens implements XsrfTokenAccessor, XsrfTokenValidator, XsrfTokenGenerator {

    public static final String COOKIE = "atlassian.xsrf.token";
    public static final String PARAMETER = "atl_token";
    private static final String REQUEST_ATTRIBUTE = SandboxXsrfTokens.class.getName();

    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Exchange> executing = new ThreadLocal<>();

    private record Exchange(HttpServletRequest request, HttpServletResponse response) {
    }

    /** Makes the request being served available to {@link #generateToken()}, as Jira's filters do. */
    public Filter requestBinding() {
        return (request, response, chain) -> {
            executing.set(new Exchange((HttpServletRequest) request, (HttpServletResponse) response));
            try {
                chain.doFilter(request, response);
            } finally {
                executing.remove();
            }
        };
    }

    @Override
    public String generateToken() {
        Exchange exchange = executing.get();
        if (exchange == null) {
            throw new IllegalStateException("generateToken() outside an HTTP request: Jira has no executing request");
        }
        return getXsrfToken(exchange.request(), exchange.response(), true);
    }

    @Override
    public String getXsrfTokenName() {
        return PARAMETER;
    }

    @Override
    public boolean validateToken(HttpServletRequest request, String token) {
        String expected = fromCookie(request);
        return expected != null && expected.equals(token);
    }

    @Override
    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        Object cached = request.getAttribute(REQUEST_ATTRIBUTE);
        if (cached instanceof String) {
            return (String) cached;
        }
        String token = fromCookie(request);
        if (token == null && create) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes) + "_lin";
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            response.addCookie(cookie);
        }
        if (token != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, token);
        }
        return token;
    }

    @Override
    public boolean validateFormEncodedToken(HttpServletRequest request) {
        return validateToken(request, request.getParameter(PARAMETER));
    }

    @Override
    public String getXsrfParameterName() {
        return PARAMETER;
    }

    private static String fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
                return c.getValue();
            }
        }
        return null;
    }
}
