package no.veikart.roadmap.phase.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import java.util.Map;
import no.veikart.roadmap.phase.domain.InitiativeRepository;

/** Shows roadmap panels only on initiative, phase and step issues: decided on the issue id, without loading the initiative. */
public class IsRoadmapIssueCondition implements Condition {
    private final InitiativeRepository initiatives;

    public IsRoadmapIssueCondition(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getId() != null
                && initiatives.isRoadmapIssue(issue.getId());
    }
}
