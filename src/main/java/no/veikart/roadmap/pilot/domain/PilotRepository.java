package no.veikart.roadmap.pilot.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stored pilot rounds and logs. A round save is version-checked: when the stored version is no longer
 * {@code expectedVersion} (0 for a round never saved) it throws
 * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict#staleVersion()} and changes nothing.
 */
public interface PilotRepository {
    /** The initiative's saved rounds, by round. */
    List<PilotRound> rounds(long initiativeId);

    /** Saved rounds of several initiatives (portfolio), in one query per chunk. */
    List<PilotRound> rounds(Collection<Long> initiativeIds);

    /** Writes the whole round (plan, draft flag, evaluation); returns it with the next version. */
    PilotRound save(PilotRound round, long expectedVersion);

    /**
     * Claims the gain titled {@code title} (case aside) that "new gains found" adds from version {@code roundVersion}
     * of a round's evaluation; a 409 (stale version) when it was claimed before, also by a click at the same moment.
     */
    void claimNewGain(long initiativeId, int round, long roundVersion, String title);

    /** The initiative's observations, by round, date and id. */
    List<Observation> observations(long initiativeId);

    Observation add(Observation observation);

    Optional<Observation> observation(long initiativeId, long id);

    void delete(Observation observation);
}
