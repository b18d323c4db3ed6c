package no.veikart.roadmap.stakeholder.domain;

import java.time.LocalDate;

/**
 * A meeting or other contact with a stakeholder: when, in which phase, who logged it (user key and the display
 * name at the time) and what was agreed. Append-only; {@code id} 0 is unsaved.
 */
public record ContactLogEntry(long id, long stakeholderId, LocalDate date, String phaseKey, String byUserKey,
        String byName, String agreed) {

    public ContactLogEntry withId(long newId) {
        return new ContactLogEntry(newId, stakeholderId, date, phaseKey, byUserKey, byName, agreed);
    }
}
