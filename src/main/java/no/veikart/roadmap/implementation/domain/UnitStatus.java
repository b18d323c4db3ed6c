package no.veikart.roadmap.implementation.domain;

/** Where a unit of roll-out stands, in order. */
public enum UnitStatus {
    PLANNED, TRAINING, LIVE, STABLE;

    /** Live or stable: the new practice is in daily use there. */
    public boolean isLive() {
        return this == LIVE || this == STABLE;
    }
}
