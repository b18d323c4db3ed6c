package no.veikart.roadmap.implementation.domain;

import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** The implementation plan of an initiative as its reader sees it. */
public record ImplementationOverview(InitiativeRef initiative, List<Unit> units, List<ImplementationWarning> warnings,
        ImplementationSettings settings, LocalDate today, boolean canEdit) {
    public ImplementationOverview {
        units = List.copyOf(units);
        warnings = List.copyOf(warnings);
    }
}
