package no.veikart.roadmap.sandbox.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import no.veikart.roadmap.sandbox.auth.JsonErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's REST XSRF rules for a state-changing call: a browser-looking request (one with {@code Origin}, or else
 * {@code Referer}) must come from this site; and a request whose content type a plain HTML form or
 * {@code fetch} without preflight can send (form-urlencoded, multipart, text/plain, or none) must carry
 * {@code X-Atlassian-Token: no-check}. JSON calls from the plugin's own pages pass without the header.
 */
final class XsrfFilter implements ContainerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(XsrfFilter.class);

    @Override
    public void filter(ContainerRequestContext request) {
        String why = failure(request);
        if (why != null) {
            LOG.warn("XSRF check failed for {} {}: {}", request.getMethod(), request.getUriInfo().getRequestUri(),
                    why);
            request.abortWith(forbidden());
        }
    }

    static Response forbidden() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonErrors.body("XSRF check failed", JsonErrors.KEY_XSRF)).build();
    }

    /** Why the request fails the XSRF rules, or null. */
    static String failure(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        String source = origin != null ? origin : request.getHeaderString("Referer");
        if (source != null && !sameOrigin(source, request.getUriInfo().getBaseUri())) {
            return "cross-origin request from " + source;
        }
        if (isFormLike(request.getMediaType()) && !hasNoCheckHeader(request)) {
            return "content type " + request.getMediaType() + " without X-Atlassian-Token: no-check";
        }
        return null;
    }

    /**
     * The same rules before matching, for REST modules without {@code @XsrfProtectionExcluded} methods: a form-like
     * POST to a JSON-only method would otherwise be refused by content negotiation (415) before any resource filter
     * runs, and a forged request must get the XSRF 403.
     */
    @jakarta.ws.rs.container.PreMatching
    static final class BeforeMatching implements ContainerRequestFilter {
        private final XsrfFilter rules = new XsrfFilter();

        @Override
        public void filter(ContainerRequestContext request) {
            String method = request.getMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
                rules.filter(request);
            }
        }
    }

    private static boolean hasNoCheckHeader(ContainerRequestContext request) {
        String token = request.getHeaderString("X-Atlassian-Token");
        return token != null && ("no-check".equalsIgnoreCase(token.trim()) || "nocheck".equalsIgnoreCase(
                token.trim()));
    }

    static boolean isFormLike(MediaType type) {
        if (type == null) {
            return true;
        }
        String t = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return t.equals("application/x-www-form-urlencoded") || t.equals("multipart/form-data")
                || t.equals("text/plain");
    }

    static boolean sameOrigin(String source, URI base) {
        try {
            URI s = URI.create(source.trim());
            return s.getScheme() != null && s.getHost() != null
                    && s.getScheme().equalsIgnoreCase(base.getScheme())
                    && s.getHost().equalsIgnoreCase(base.getHost())
                    && port(s) == port(base);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
