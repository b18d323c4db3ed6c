package no.veikart.roadmap.roles.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.roles.domain.MatrixPlacement;

/**
 * Shows the HUKI panel only on the initiative and on the Service development phase issue and its steps: Jira draws a
 * panel's frame whatever its template renders, so the placement must be a condition.
 */
public class ShowsMatrixCondition implements Condition {
    private final MatrixPlacement placement;
    private final JiraUsers users;

    public ShowsMatrixCondition(MatrixPlacement placement, JiraUsers users) {
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
                && placement.showsMatrix(actor, issue.getKey());
    }
}
