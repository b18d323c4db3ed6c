package no.veikart.roadmap.roles.view;

/** A choice of a select: stored value and label. */
public record RoleOptionView(String value, String label) {
}
