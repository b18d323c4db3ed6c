package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The logged-in user of the current request (set by the host's authentication filter, per thread, as Jira's
 * context is per request) and that user's profile locale.
 */
public final class SandboxAuthenticationContext implements JiraAuthenticationContext {

    // Per instance on purpose: each sandbox (several may run in one JVM) has its own request users.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<ApplicationUser> current = new ThreadLocal<>();
    private final UserProfiles profiles;

    public SandboxAuthenticationContext(UserProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return current.get();
    }

    @Override
    public boolean isLoggedInUser() {
        return current.get() != null;
    }

    @Override
    public Locale getLocale() {
        return profiles.locale(current.get());
    }

    /** Sets the request's user (the host's authentication filter); {@link #end()} must follow. */
    public void begin(ApplicationUser user) {
        current.set(user);
    }

    public void end() {
        current.remove();
    }

    /** Runs the action as the user (null = anonymous), restoring the previous user afterwards. */
    public <T> T runAs(ApplicationUser user, Supplier<T> action) {
        ApplicationUser previous = current.get();
        current.set(user);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }
}
