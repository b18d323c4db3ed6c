package no.veikart.roadmap.reporting.integration;

import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.reporting.domain.InitiativeSignals;
import no.veikart.roadmap.risk.domain.MatrixRegions;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskLevel;
import no.veikart.roadmap.risk.domain.RiskRegister;
import no.veikart.roadmap.risk.domain.RiskRules;
import no.veikart.roadmap.risk.domain.RiskService;

/**
 * The risk register in numbers, through the risk feature's service (the reader's permissions, the regions in force):
 * risks that stay high or medium after measures. An empty register is "no data": no ROS has been made yet.
 */
public class RiskRegisterSignals implements InitiativeSignals.Risks {
    private final RiskService risks;

    public RiskRegisterSignals(RiskService risks) {
        this.risks = risks;
    }

    @Override
    public Optional<InitiativeSignals.RiskFacts> risks(Actor actor, String issueKey) {
        RiskRegister register = risks.register(actor, issueKey, RiskRules.Order.LEVEL);
        if (register.risks().isEmpty()) {
            return Optional.empty();
        }
        MatrixRegions regions = register.regions();
        int high = 0;
        int medium = 0;
        for (Risk r : register.risks()) {
            RiskLevel level = regions.level(r.residualScore());
            high += level == RiskLevel.HIGH ? 1 : 0;
            medium += level == RiskLevel.MEDIUM ? 1 : 0;
        }
        return Optional.of(new InitiativeSignals.RiskFacts(high, medium));
    }
}
