package no.veikart.roadmap.reporting.integration;

import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.reporting.domain.InitiativeSignals;

/**
 * Until the risk feature lands there is no risk register to read: "no data", so the author sets the risks light. The
 * risk feature replaces this bean with one over its service (highest residual level per risk).
 */
public class NoRiskSignals implements InitiativeSignals.Risks {
    @Override
    public Optional<InitiativeSignals.RiskFacts> risks(Actor actor, String issueKey) {
        return Optional.empty();
    }
}
