package no.veikart.roadmap.implementation.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.veikart.roadmap.implementation.domain.CoverageGap;
import no.veikart.roadmap.implementation.domain.ImplementationService;
import no.veikart.roadmap.phase.domain.GateCondition;
import no.veikart.roadmap.phase.domain.StandardPhase;

/**
 * Leaving Transition to operations needs every unit of the implementation plan live or stable and a super-user on
 * every shift of every unit today (seed 001: robust on all shifts). A plan without units asks nothing. Overrides with
 * a reason work as for every gate.
 */
public class ImplementationGateCondition implements GateCondition {
    public static final String NOT_LIVE = "IMPLEMENTATION_UNITS_NOT_LIVE";
    public static final String GAPS = "IMPLEMENTATION_COVERAGE_GAPS";
    static final String PHASE = StandardPhase.TRANSITION_TO_OPERATIONS.name();

    private final ImplementationService plans;

    public ImplementationGateCondition(ImplementationService plans) {
        this.plans = plans;
    }

    @Override
    public List<GateRequirement> unmet(long initiativeId, String phaseKey) {
        if (!PHASE.equals(phaseKey)) {
            return List.of();
        }
        ImplementationService.GateGaps gaps = plans.gateGaps(initiativeId);
        List<GateRequirement> unmet = new ArrayList<>();
        if (!gaps.unitsNotLive().isEmpty()) {
            unmet.add(new GateRequirement(NOT_LIVE, "roadmap.implementation.gate.notLive",
                    List.of(new UserText(String.join(", ", gaps.unitsNotLive())))));
        }
        if (!gaps.coverageGaps().isEmpty()) {
            String units = gaps.coverageGaps().stream().map(CoverageGap::unitName).distinct().collect(Collectors.joining(", "));
            unmet.add(new GateRequirement(GAPS, "roadmap.implementation.gate.gaps", List.of(new UserText(units))));
        }
        return unmet;
    }

    /** Unit names as typed: not a String, so the text adapter never takes one for a key to translate. */
    record UserText(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
