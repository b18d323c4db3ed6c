package no.veikart.roadmap.risk.view;

import java.util.List;

/** Everything the printable handover page shows, computed in Java (the template only reads accessors). */
public record HandoverPageView(String initiativeKey, String summary, String currentPhase, HandoverView handover,
        List<HandoverMoveView> moves, List<HandoverGainView> gains, List<RiskView> risks, List<HandoverRoleView> roles,
        String contingencyPlan, boolean hasMoves, boolean hasGains, boolean hasRisks, boolean hasRoles, String language) {
    public HandoverPageView {
        moves = List.copyOf(moves);
        gains = List.copyOf(gains);
        risks = List.copyOf(risks);
        roles = List.copyOf(roles);
    }
}
