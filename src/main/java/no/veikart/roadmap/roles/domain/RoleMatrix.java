package no.veikart.roadmap.roles.domain;

import java.util.List;
import java.util.Optional;

/**
 * An initiative's HUKI matrix, saved as a whole. Procedures and actors are in display order. {@code version} 0 means
 * never saved (an empty matrix); every save moves it on by one.
 */
public record RoleMatrix(long initiativeId, List<Procedure> procedures, List<MatrixActor> actors, List<Cell> cells,
        long version) {
    public RoleMatrix {
        procedures = List.copyOf(procedures);
        actors = List.copyOf(actors);
        cells = List.copyOf(cells);
    }

    public static RoleMatrix empty(long initiativeId) {
        return new RoleMatrix(initiativeId, List.of(), List.of(), List.of(), 0);
    }

    public Optional<Responsibility> cell(long procedureId, long actorId) {
        return cells.stream().filter(c -> c.procedureId() == procedureId && c.actorId() == actorId).map(Cell::role).findFirst();
    }

    public List<Cell> cellsOf(long procedureId) {
        return cells.stream().filter(c -> c.procedureId() == procedureId).toList();
    }

    public long count(long procedureId, Responsibility role) {
        return cells.stream().filter(c -> c.procedureId() == procedureId && c.role() == role).count();
    }

    public Optional<MatrixActor> actor(long actorId) {
        return actors.stream().filter(a -> a.id() == actorId).findFirst();
    }

    public RoleMatrix withVersion(long newVersion) {
        return new RoleMatrix(initiativeId, procedures, actors, cells, newVersion);
    }
}
