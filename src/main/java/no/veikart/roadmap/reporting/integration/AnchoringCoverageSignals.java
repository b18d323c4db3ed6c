package no.veikart.roadmap.reporting.integration;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.reporting.domain.InitiativeSignals;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.StakeholderOverview;
import no.veikart.roadmap.stakeholder.domain.StakeholderService;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;

/** Anchoring in numbers, through the anchoring tool's service: the expected levels nobody is anchored at now. */
public class AnchoringCoverageSignals implements InitiativeSignals.Anchoring {
    private final StakeholderService stakeholders;

    public AnchoringCoverageSignals(StakeholderService stakeholders) {
        this.stakeholders = stakeholders;
    }

    @Override
    public InitiativeSignals.AnchoringFacts anchoring(Actor actor, String issueKey) {
        StakeholderOverview o = stakeholders.overview(actor, issueKey, StakeholderSorting.Order.LEVEL);
        return new InitiativeSignals.AnchoringFacts(o.stakeholders().size(),
                o.coverage().uncoveredLevels().stream().map(Level::name).toList());
    }
}
