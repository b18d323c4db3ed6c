package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import no.veikart.roadmap.common.domain.Actor;

/** Between Jira's users and the roadmap's actors. */
public class JiraUsers {
    private final JiraAuthenticationContext authenticationContext;

    public JiraUsers(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** The logged-in user as an actor, or null when anonymous. */
    public Actor currentActor() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user == null ? null : new Actor(user.getKey(), user.getUsername(), user.getDisplayName(), authenticationContext.getLocale());
    }

    /**
     * The Jira user an actor stands for. Use cases run inside the actor's own request, so this is the logged-in user;
     * anything else is a programming error, not a permission question.
     */
    public ApplicationUser userOf(Actor actor) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null || !user.getKey().equals(actor.userKey())) {
            throw new IllegalStateException("actor is not the logged-in user");
        }
        return user;
    }
}
