package no.veikart.roadmap.stakeholder.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** One line of the stakeholder export: the stakeholder and the initiative it belongs to. */
public record StakeholderExportRow(InitiativeRef initiative, Stakeholder stakeholder) {
}
