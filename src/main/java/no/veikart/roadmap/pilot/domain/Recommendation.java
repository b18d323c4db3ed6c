package no.veikart.roadmap.pilot.domain;

/**
 * The evaluation's concise recommendation for the piloting decision (seed 003, phase 4 "Decide"). The names follow the
 * phase feature's decisions, except PROCEED, which is its OPERATIONS.
 */
public enum Recommendation {
    PROCEED, FURTHER_TESTS, HALT, BACK_TO_INSIGHT, BACK_TO_SERVICE_DEVELOPMENT;

    public String nameKey() {
        return "roadmap.pilot.recommendation." + name() + ".name";
    }
}
