package no.veikart.roadmap.phase.domain;

import java.util.List;
import java.util.Optional;

/** Stored initiatives with their phases, steps and history. */
public interface InitiativeRepository {
    /** Stores a new initiative with all its phases and steps in one transaction. */
    Initiative create(Initiative initiative);

    /** Whether this is an initiative, phase or step issue, decided on ids alone (no initiative load). */
    boolean isRoadmapIssue(long issueId);

    /** The initiative whose initiative, phase or step issue has this id. */
    Optional<Initiative> findByAnyIssueId(long issueId);

    List<Initiative> findByProject(String projectKey);

    /** The initiative with this id (other features' gate conditions know only the id). */
    Optional<Initiative> findById(long initiativeId);

    /** The project's initiatives in outline, in two queries however many there are (exports, lists). */
    List<InitiativeOutline> outlinesInProject(String projectKey);

    /**
     * Writes the changed state and appends {@code newMoves}, if and only if the stored version is still
     * {@code expectedVersion}; otherwise {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict}.
     */
    Initiative update(Initiative changed, long expectedVersion, List<PhaseMove> newMoves);
}
