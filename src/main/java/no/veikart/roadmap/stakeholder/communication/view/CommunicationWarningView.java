package no.veikart.roadmap.stakeholder.communication.view;

/** A warning of the plan: stable {@code code}, its sentence in the reader's language, and the entry or level it concerns. */
public record CommunicationWarningView(String code, String message, Long entryId, String level) {
}
