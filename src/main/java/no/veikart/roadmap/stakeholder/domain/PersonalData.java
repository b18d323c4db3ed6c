package no.veikart.roadmap.stakeholder.domain;

import no.veikart.roadmap.initiative.domain.InitiativeRef;
import java.time.Instant;
import java.util.List;

/** Everything the plugin stores about one stakeholder as a person (GDPR access): the record, its statuses, its contact log. */
public record PersonalData(InitiativeRef initiative, Stakeholder stakeholder, List<ContactLogEntry> contacts,
        String exportedBy, Instant exportedAt) {
    public PersonalData {
        contacts = List.copyOf(contacts);
    }
}
