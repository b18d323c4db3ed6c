package no.veikart.roadmap.sandbox.auth;

import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * SAL's form XSRF token, kept like Jira's in the {@code atlassian.xsrf.token} cookie and sent back by forms as
 * {@code atl_token}.
 */
public final class SandboxXsrfTokens implements XsrfTokenAccessor, XsrfTokenValidator {

    public static final String COOKIE = "atlassian.xsrf.token";
    public static final String PARAMETER = "atl_token";
    private static final String REQUEST_ATTRIBUTE = SandboxXsrfTokens.class.getName();

    private final SecureRandom random = new SecureRandom();

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
        String expected = fromCookie(request);
        String sent = request.getParameter(PARAMETER);
        return expected != null && expected.equals(sent);
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
