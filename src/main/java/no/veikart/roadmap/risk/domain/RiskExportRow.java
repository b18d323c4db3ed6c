package no.veikart.roadmap.risk.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** One risk of the CSV export with the initiative it belongs to. */
public record RiskExportRow(InitiativeRef initiative, Risk risk) {
}
