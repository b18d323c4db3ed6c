package no.veikart.roadmap.leader.domain;

import java.util.List;

/** Where the settings live (the shared config table, so every node reads the same). */
public interface LeaderAccessStore {
    LeaderAccessSettings load();

    /**
     * Saves while the stored version is still {@code expectedVersion}; throws
     * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict} otherwise.
     */
    LeaderAccessSettings save(List<String> groups, List<String> projects, long expectedVersion);
}
