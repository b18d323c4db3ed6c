package no.veikart.roadmap.stakeholder.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;
import java.util.List;

/**
 * What the panel and {@code GET /initiatives/{key}/stakeholders} show: the stakeholders (in the requested order),
 * the coverage, and whether the reader may change them (to show or hide the edit controls).
 */
public record StakeholderOverview(InitiativeRef initiative, List<Stakeholder> stakeholders, Coverage coverage,
        boolean editable) {
    public StakeholderOverview {
        stakeholders = List.copyOf(stakeholders);
    }
}
