package no.veikart.roadmap.roles.domain;

/** What one actor is for one procedure; empty cells are not stored. */
public record Cell(long procedureId, long actorId, Responsibility role) {
}
