package no.veikart.roadmap.implementation.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** One unit of one initiative for the CSV export. */
public record ImplementationExportRow(InitiativeRef initiative, Unit unit) {
}
