package no.veikart.roadmap.stakeholder.domain;

/**
 * The power/interest grid: where a stakeholder sits by influence and interest (1…5 each). "High" is 4 or 5
 * everywhere in this package (also in {@link AnchoringCoverage}'s negative-attitude warning), so 3 counts as low.
 */
public enum Quadrant {
    /** High influence, high interest. */
    MANAGE_CLOSELY,
    /** High influence, low interest. */
    KEEP_SATISFIED,
    /** Low influence, high interest. */
    KEEP_INFORMED,
    /** Low influence, low interest. */
    MONITOR;

    public static final int HIGH = 4;

    public static Quadrant of(int influence, int interest) {
        boolean power = influence >= HIGH;
        boolean keen = interest >= HIGH;
        if (power) {
            return keen ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return keen ? KEEP_INFORMED : MONITOR;
    }

    public String labelKey() {
        return "roadmap.stakeholder.quadrant." + name();
    }
}
