package no.veikart.roadmap.implementation.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.implementation.domain.PlanPlacement;
import no.veikart.roadmap.platform.jira.JiraUsers;

/**
 * Shows the implementation panel only on the initiative and on the Transition to operations phase issue and its steps:
 * Jira draws a panel's frame whatever its template renders, so the placement must be a condition.
 */
public class ShowsPlanCondition implements Condition {
    private final PlanPlacement placement;
    private final JiraUsers users;

    public ShowsPlanCondition(PlanPlacement placement, JiraUsers users) {
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
                && placement.showsPlan(actor, issue.getKey());
    }
}
