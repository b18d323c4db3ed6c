package no.veikart.roadmap.sandbox.rest;

import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.veikart.roadmap.sandbox.auth.JsonErrors;

/** Enforces one resource method's {@link AccessRule}: 401 for anonymous callers, 403 for the wrong user. */
final class AccessFilter implements ContainerRequestFilter {

    private final AccessRule rule;
    private final JiraAuthenticationContext auth;
    private final GlobalPermissionManager globalPermissions;

    AccessFilter(AccessRule rule, JiraAuthenticationContext auth, GlobalPermissionManager globalPermissions) {
        this.rule = rule;
        this.auth = auth;
        this.globalPermissions = globalPermissions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ApplicationUser user = auth.getLoggedInUser();
        if (rule.allows(user, globalPermissions)) {
            return;
        }
        if (user == null) {
            request.abortWith(error(Response.Status.UNAUTHORIZED, "You are not logged in.",
                    JsonErrors.KEY_UNAUTHENTICATED));
        } else {
            request.abortWith(error(Response.Status.FORBIDDEN, "You do not have permission to do this.",
                    JsonErrors.KEY_FORBIDDEN));
        }
    }

    static Response error(Response.Status status, String message, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonErrors.body(message, key)).build();
    }
}
