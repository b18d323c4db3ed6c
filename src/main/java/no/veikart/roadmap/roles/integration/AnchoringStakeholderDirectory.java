package no.veikart.roadmap.roles.integration;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.roles.domain.StakeholderDirectory;
import no.veikart.roadmap.roles.domain.StakeholderFact;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;
import no.veikart.roadmap.stakeholder.domain.StakeholderOverviews;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;

/**
 * The matrix's view of the anchoring tool, through the stakeholder service (which checks browse itself), read once
 * per request with the anchoring panel's own read.
 */
public class AnchoringStakeholderDirectory implements StakeholderDirectory {
    private final StakeholderOverviews stakeholders;

    public AnchoringStakeholderDirectory(StakeholderOverviews stakeholders) {
        this.stakeholders = stakeholders;
    }

    @Override
    public Map<Long, StakeholderFact> stakeholders(Actor actor, String issueKey) {
        Map<Long, StakeholderFact> facts = new LinkedHashMap<>();
        for (Stakeholder s : stakeholders.overview(actor, issueKey, StakeholderSorting.Order.LEVEL).stakeholders()) {
            facts.put(s.id(), new StakeholderFact(s.id(), s.name(), s.attitude()));
        }
        return facts;
    }
}
