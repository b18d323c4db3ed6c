package no.veikart.roadmap.roles.view;

/** A column of the matrix, its kind named in the reader's language and its linked stakeholder's name (or null). */
public record RoleActorView(long id, String name, String kind, String kindName, String userKey, Long stakeholderId, String stakeholderName) {
}
