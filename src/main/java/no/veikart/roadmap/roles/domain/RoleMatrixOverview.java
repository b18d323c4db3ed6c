package no.veikart.roadmap.roles.domain;

import java.util.List;
import java.util.Map;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** A matrix with what the rules say of it, the stakeholders actors may be linked to, and whether the caller may edit. */
public record RoleMatrixOverview(InitiativeRef initiative, RoleMatrix matrix, boolean valid, List<RoleWarning> warnings,
        Map<Long, StakeholderFact> stakeholders, boolean canEdit) {
    public RoleMatrixOverview {
        warnings = List.copyOf(warnings);
        stakeholders = Map.copyOf(stakeholders);
    }
}
