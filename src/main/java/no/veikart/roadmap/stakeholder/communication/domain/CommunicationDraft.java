package no.veikart.roadmap.stakeholder.communication.domain;

/**
 * Unvalidated input for an entry: {@code audienceLevel} (a level name) or {@code stakeholderId}, exactly one;
 * {@code message} (required), {@code channel} (required), {@code date} (ISO, required), {@code responsible}
 * (optional), {@code status} (PLANNED when blank) and, for a change, the {@code version} it was read at.
 */
public record CommunicationDraft(String audienceLevel, Long stakeholderId, String message, String channel, String date,
        String responsible, String status, Long version) {
}
