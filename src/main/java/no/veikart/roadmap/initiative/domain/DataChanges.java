package no.veikart.roadmap.initiative.domain;

/**
 * Told after every successful change of roadmap data, so that derived figures (the portfolio) are computed anew.
 * Implementations must reach every cluster node (Atlassian Cache invalidation), never only the local one.
 */
@FunctionalInterface
public interface DataChanges {
    DataChanges NONE = () -> { };

    void changed();
}
