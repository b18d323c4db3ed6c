package no.veikart.roadmap.roles.view;

/** A cell: {@code role} is the enum name, {@code letter} and {@code roleName} what the reader's language calls it (empty for an empty cell in a grid row). */
public record RoleCellView(long procedureId, long actorId, String role, String letter, String roleName) {
}
