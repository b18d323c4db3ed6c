package no.veikart.roadmap.roles.domain;

/** A row of the matrix: a procedure or stage of the new service. A negative id is a temporary one, not yet stored. */
public record Procedure(long id, String name) {
}
