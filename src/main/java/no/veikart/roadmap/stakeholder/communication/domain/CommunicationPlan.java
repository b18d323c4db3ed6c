package no.veikart.roadmap.stakeholder.communication.domain;

import java.util.List;
import java.util.Map;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.stakeholder.domain.Stakeholder;

/** An initiative's communication plan by date, its warnings, the stakeholders it may address, and whether the reader may edit. */
public record CommunicationPlan(InitiativeRef initiative, List<Communication> entries, List<CommunicationWarning> warnings,
        Map<Long, Stakeholder> stakeholders, boolean editable) {
    public CommunicationPlan {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
        stakeholders = Map.copyOf(stakeholders);
    }
}
