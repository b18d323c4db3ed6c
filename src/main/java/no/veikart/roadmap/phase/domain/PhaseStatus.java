package no.veikart.roadmap.phase.domain;

public enum PhaseStatus {
    NOT_STARTED,
    ACTIVE,
    DONE,
    /** Current again after it was done, e.g. after "back to Insight". */
    REOPENED,
    HALTED;

    public boolean isCurrent() {
        return this == ACTIVE || this == REOPENED;
    }
}
