package no.veikart.roadmap.risk.domain;

import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** Jira tasks for measures: made in the initiative's project as the actor, linked to the initiative issue. */
public interface MeasureIssues {
    /** Creates the task; returns its key. Throws {@link no.veikart.roadmap.common.domain.RoadmapException} when Jira refuses. */
    String create(Actor actor, InitiativeRef initiative, String summary, String description);

    /** Removes a task made for a measure that then could not be stored (no permission check, no event). */
    void remove(Actor actor, String issueKey);

    /** The task's status name as Jira shows it, when the issue exists. */
    Optional<String> status(String issueKey);
}
