package no.veikart.roadmap.roles.integration;

import java.util.List;
import no.veikart.roadmap.phase.domain.GateCondition;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.roles.domain.RoleMatrixService;
import no.veikart.roadmap.roles.domain.Verbatim;

/**
 * Leaving Service development needs a valid HUKI matrix (the phase's step "Define procedures and responsibilities"):
 * at least one procedure, and exactly one principal on each. Plugged into the phase gate through its port.
 */
public class RolesGateCondition implements GateCondition {
    public static final String CODE = "ROLES_MATRIX";
    static final String PHASE = StandardPhase.SERVICE_DEVELOPMENT.name();

    private final RoleMatrixService roles;

    public RolesGateCondition(RoleMatrixService roles) {
        this.roles = roles;
    }

    @Override
    public List<GateRequirement> unmet(long initiativeId, String phaseKey) {
        if (!PHASE.equals(phaseKey)) {
            return List.of();
        }
        if (!roles.hasProcedures(initiativeId)) {
            return List.of(new GateRequirement(CODE, "roadmap.roles.gate.empty", List.of()));
        }
        List<String> gaps = roles.gateGaps(initiativeId);
        return gaps.isEmpty() ? List.of()
                : List.of(new GateRequirement(CODE, "roadmap.roles.gate.noPrincipal", List.of(new Verbatim(String.join(", ", gaps)))));
    }
}
