package no.veikart.roadmap.roles.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stored matrices, one per initiative. A save is version-checked: when the stored version is no longer
 * {@code expectedVersion} (0 for a matrix never saved), it throws
 * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict#staleVersion()} and changes nothing.
 */
public interface RoleMatrixRepository {
    /** The initiative's matrix; empty when never saved. */
    Optional<RoleMatrix> find(long initiativeId);

    /** The matrices of several initiatives at once (export); never-saved ones are left out. */
    List<RoleMatrix> findByInitiatives(Collection<Long> initiativeIds);

    /**
     * Replaces the stored matrix with {@code matrix}: procedures and actors with a negative id are created, stored ones
     * missing from it are deleted, cells are written as given. Returns the matrix with real ids and the next version.
     */
    RoleMatrix save(RoleMatrix matrix, long expectedVersion);
}
