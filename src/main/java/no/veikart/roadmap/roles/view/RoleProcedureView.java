package no.veikart.roadmap.roles.view;

/** A row of the matrix. */
public record RoleProcedureView(long id, String name) {
}
