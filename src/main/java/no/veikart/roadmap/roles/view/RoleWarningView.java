package no.veikart.roadmap.roles.view;

/** A warning with its message in the reader's language. */
public record RoleWarningView(String key, String message, Long procedureId, Long actorId) {
}
