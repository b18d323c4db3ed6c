package no.veikart.roadmap.roles.domain;

/**
 * A column of the matrix. {@code userKey} only for {@link ActorKind#USER}; {@code stakeholderId} links the actor to a
 * stakeholder of the same initiative's anchoring tool (or null). A negative id is a temporary one, not yet stored.
 */
public record MatrixActor(long id, String name, ActorKind kind, String userKey, Long stakeholderId) {
}
