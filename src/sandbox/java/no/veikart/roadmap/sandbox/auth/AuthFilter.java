package no.veikart.roadmap.sandbox.auth;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import no.veikart.roadmap.sandbox.jira.SandboxAuthenticationContext;
import no.veikart.roadmap.sandbox.jira.SandboxUser;
import no.veikart.roadmap.sandbox.jira.SandboxUsers;

/**
 * Who is calling: HTTP Basic credentials (scripts; wrong ones are refused with 401 at once, as Jira does) or the
 * login session. The user is put into the per-request {@link SandboxAuthenticationContext} for the whole request and
 * echoed in {@code X-AUSERNAME}, as Jira does. Access rules are enforced further in (pages, REST, servlets).
 */
public final class AuthFilter implements Filter {

    public static final String SESSION_USER = "sandbox.username";

    private final SandboxUsers users;
    private final SandboxAuthenticationContext auth;

    public AuthFilter(SandboxUsers users, SandboxAuthenticationContext auth) {
        this.users = users;
        this.auth = auth;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Optional<SandboxUser> user;
        String header = req.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(header.substring(6).trim());
            if (user.isEmpty()) {
                JsonErrors.write(resp, HttpServletResponse.SC_UNAUTHORIZED, "Invalid username or password.",
                        JsonErrors.KEY_UNAUTHENTICATED);
                return;
            }
        } else {
            HttpSession session = req.getSession(false);
            Object name = session == null ? null : session.getAttribute(SESSION_USER);
            user = name instanceof String ? users.byName((String) name) : Optional.empty();
        }
        resp.setHeader("X-AUSERNAME", user.map(SandboxUser::getUsername).orElse("anonymous"));
        auth.begin(user.orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            auth.end();
        }
    }

    private Optional<SandboxUser> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
