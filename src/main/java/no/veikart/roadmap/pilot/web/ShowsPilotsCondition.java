package no.veikart.roadmap.pilot.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.pilot.domain.PilotPlacement;
import no.veikart.roadmap.platform.jira.JiraUsers;

/**
 * Shows the pilot panel only on the initiative and the Service development and Piloting phase issues (and their
 * steps): Jira draws a panel's frame whatever its template renders, so the placement must be a condition.
 */
public class ShowsPilotsCondition implements Condition {
    private final PilotPlacement placement;
    private final JiraUsers users;

    public ShowsPilotsCondition(PilotPlacement placement, JiraUsers users) {
        this.placement = placement;
        this.users = users;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        Actor actor = users.currentActor();
        return actor != null && context.get("issue") instanceof Issue issue && issue.getKey() != null
                && placement.showsPilots(actor, issue.getKey());
    }
}
