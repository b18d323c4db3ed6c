package no.veikart.roadmap.roles.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** One initiative's matrix for the CSV export. */
public record RoleExportRow(InitiativeRef initiative, RoleMatrix matrix) {
}
