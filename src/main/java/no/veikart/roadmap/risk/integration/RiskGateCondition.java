package no.veikart.roadmap.risk.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.veikart.roadmap.phase.domain.GateCondition;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.risk.domain.Handover;
import no.veikart.roadmap.risk.domain.HandoverOutcome;
import no.veikart.roadmap.risk.domain.HandoverService;
import no.veikart.roadmap.risk.domain.Risk;
import no.veikart.roadmap.risk.domain.RiskService;
import no.veikart.roadmap.risk.domain.Verbatim;

/**
 * Leaving Transition to operations needs no risk that stays high without a measure or an acceptance, and the
 * handover done (outcome HANDED_OVER with its items). One requirement names the untreated risks, one each missing
 * handover item, one the outcome.
 */
public class RiskGateCondition implements GateCondition {
    public static final String RISKS = "RISKS_UNTREATED";
    public static final String HANDOVER = "HANDOVER";
    static final String PHASE = StandardPhase.TRANSITION_TO_OPERATIONS.name();

    private final RiskService risks;
    private final HandoverService handovers;

    public RiskGateCondition(RiskService risks, HandoverService handovers) {
        this.risks = risks;
        this.handovers = handovers;
    }

    @Override
    public List<GateRequirement> unmet(long initiativeId, String phaseKey) {
        if (!PHASE.equals(phaseKey)) {
            return List.of();
        }
        List<GateRequirement> unmet = new ArrayList<>();
        List<Risk> untreated = risks.untreated(initiativeId);
        if (!untreated.isEmpty()) {
            unmet.add(new GateRequirement(RISKS, "roadmap.risk.gate.untreated",
                    List.of(new Verbatim(untreated.stream().map(Risk::title).collect(Collectors.joining(", "))))));
        }
        Handover handover = handovers.stored(initiativeId);
        for (String item : handover.missingItems()) {
            unmet.add(new GateRequirement(HANDOVER, "roadmap.handover.gate.missing",
                    List.of("roadmap.handover.field." + item)));
        }
        if (handover.outcome() != HandoverOutcome.HANDED_OVER) {
            unmet.add(new GateRequirement(HANDOVER, "roadmap.handover.gate.outcome",
                    List.of("roadmap.handover.outcome." + handover.outcome().name())));
        }
        return List.copyOf(unmet);
    }
}
