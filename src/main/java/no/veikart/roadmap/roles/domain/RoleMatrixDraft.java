package no.veikart.roadmap.roles.domain;

import java.util.List;

/**
 * A matrix as sent by a client, not yet validated. Ids of new procedures and actors are negative and only name them
 * within this draft; cells refer to either kind of id.
 */
public record RoleMatrixDraft(List<ProcedureDraft> procedures, List<ActorDraft> actors, List<CellDraft> cells, Long version) {
    public record ProcedureDraft(Long id, String name) {
    }

    public record ActorDraft(Long id, String name, String kind, String userKey, Long stakeholderId) {
    }

    public record CellDraft(Long procedureId, Long actorId, String role) {
    }
}
