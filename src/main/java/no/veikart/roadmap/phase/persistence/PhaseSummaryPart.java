package no.veikart.roadmap.phase.persistence;

import java.util.ArrayList;
import java.util.List;
import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import no.veikart.roadmap.initiative.domain.InitiativeIds;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.SummaryPart;

/** The initiative's own columns of its summary row (issue, project, summary, phase, status): one query by id. */
public class PhaseSummaryPart implements SummaryPart, InitiativeIds {
    private final ActiveObjects ao;

    public PhaseSummaryPart(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public InitiativeSummary fill(InitiativeSummary row) {
        InitiativeEntity[] found = ao.find(InitiativeEntity.class,
                Query.select("ID, ISSUE_ID, ISSUE_KEY, PROJECT_KEY, SUMMARY, CURRENT_PHASE, STATUS")
                        .where("ID = ?", row.initiativeId()));
        if (found.length == 0) {
            return row;
        }
        InitiativeEntity e = found[0];
        return row.withInitiative(e.getIssueId(), e.getIssueKey(), e.getProjectKey(), e.getSummary(),
                e.getCurrentPhase(), e.getStatus());
    }

    @Override
    public List<Long> all() {
        List<Long> ids = new ArrayList<>();
        ao.stream(InitiativeEntity.class, Query.select("ID"), e -> ids.add((long) e.getID()));
        ids.sort(null);
        return ids;
    }
}
