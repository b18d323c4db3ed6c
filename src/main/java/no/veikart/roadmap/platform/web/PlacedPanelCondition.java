package no.veikart.roadmap.platform.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import java.util.function.BiPredicate;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.platform.jira.JiraUsers;

/**
 * Shows a feature's panel only on the issues its placement names (the initiative and some phase issues): Jira draws a
 * panel's frame whatever its template renders, so the placement must be a condition. Subclasses name the placement.
 */
public abstract class PlacedPanelCondition implements Condition {
    private final JiraUsers users;
    private final BiPredicate<Actor, String> shows;

    protected PlacedPanelCondition(JiraUsers users, BiPredicate<Actor, String> shows) {
        this.users = users;
        this.shows = shows;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Actor actor = users.currentActor();
        return actor != null && context.get("issue") instanceof Issue issue && issue.getKey() != null
                && shows.test(actor, issue.getKey());
    }
}
