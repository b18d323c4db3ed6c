package no.veikart.roadmap.reporting.integration;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.reporting.domain.InitiativeSignals;
import no.veikart.roadmap.stakeholder.domain.Level;
import no.veikart.roadmap.stakeholder.domain.StakeholderOverview;
import no.veikart.roadmap.stakeholder.domain.StakeholderOverviews;
import no.veikart.roadmap.stakeholder.domain.StakeholderSorting;

/** Anchoring in numbers, through the anchoring tool's service: the expected levels nobody is anchored at now. */
public class AnchoringCoverageSignals implements InitiativeSignals.Anchoring {
    private final StakeholderOverviews stakeholders;

    /** @param stakeholders the issue view's shared read: the anchoring panel and this share one load per request */
    public AnchoringCoverageSignals(StakeholderOverviews stakeholders) {
        this.stakeholders = stakeholders;
    }

    @Override
    public InitiativeSignals.AnchoringFacts anchoring(Actor actor, String issueKey) {
        StakeholderOverview o = stakeholders.overview(actor, issueKey, StakeholderSorting.Order.LEVEL);
        return new InitiativeSignals.AnchoringFacts(o.stakeholders().size(),
                o.coverage().uncoveredLevels().stream().map(Level::name).toList());
    }
}
