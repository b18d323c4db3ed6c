package no.veikart.roadmap.roles.domain;

import java.util.List;

/**
 * Something about the matrix that people should act on. {@code key} is an i18n key and {@code args} its MessageFormat
 * arguments (names as typed, numbers); {@code procedureId} and {@code actorId} say what it concerns, or are null.
 */
public record RoleWarning(String key, List<Object> args, Long procedureId, Long actorId) {
    public RoleWarning {
        args = List.copyOf(args);
    }
}
