package no.veikart.roadmap.stakeholder.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.Query;
import no.veikart.roadmap.initiative.domain.InitiativeSummary;
import no.veikart.roadmap.initiative.domain.SummaryPart;
import no.veikart.roadmap.stakeholder.domain.AnchoringStatus;
import no.veikart.roadmap.stakeholder.domain.Level;

/**
 * The anchoring columns of an initiative's summary row: the levels with stakeholders, and those with a stakeholder
 * ANCHORED in the initiative's current phase (set by the initiative part before). Two indexed queries, no names.
 */
public class StakeholderSummaryPart implements SummaryPart {
    private final ActiveObjects ao;

    public StakeholderSummaryPart(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public InitiativeSummary fill(InitiativeSummary row) {
        Map<Integer, Level> levels = new HashMap<>();
        EnumSet<Level> present = EnumSet.noneOf(Level.class);
        for (StakeholderEntity s : ao.find(StakeholderEntity.class,
                Query.select("ID, INITIATIVE_ID, LEVEL_KEY").where("INITIATIVE_ID = ?", row.initiativeId()))) {
            Level level = Level.byName(s.getLevelKey());
            if (level != null) {
                levels.put(s.getID(), level);
                present.add(level);
            }
        }
        EnumSet<Level> anchored = EnumSet.noneOf(Level.class);
        if (!levels.isEmpty() && row.currentPhase() != null) {
            for (AnchoringStatusEntity a : ao.find(AnchoringStatusEntity.class,
                    Query.select("ID, STAKEHOLDER_ID, INITIATIVE_ID, PHASE_KEY, STATUS")
                            .where("INITIATIVE_ID = ? AND PHASE_KEY = ? AND STATUS = ?", row.initiativeId(),
                                    row.currentPhase(), AnchoringStatus.ANCHORED.name()))) {
                Level level = levels.get((int) a.getStakeholderId());
                if (level != null) {
                    anchored.add(level);
                }
            }
        }
        return row.withLevels(Level.names(present), Level.names(anchored));
    }
}
