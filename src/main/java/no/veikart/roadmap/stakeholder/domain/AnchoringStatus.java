package no.veikart.roadmap.stakeholder.domain;

/** Where anchoring with one stakeholder stands in one phase; declared from least to most anchored. */
public enum AnchoringStatus {
    NOT_STARTED,
    PLANNED,
    IN_DIALOGUE,
    ANCHORED;

    public String labelKey() {
        return "roadmap.stakeholder.status." + name();
    }

    /** The further of two statuses; either may be null (no status). */
    public static AnchoringStatus best(AnchoringStatus a, AnchoringStatus b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
