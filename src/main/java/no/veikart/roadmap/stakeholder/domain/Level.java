package no.veikart.roadmap.stakeholder.domain;

/**
 * The organisational level a stakeholder belongs to, top to bottom; the order is the panel's default order.
 * The names are part of the REST contract.
 */
public enum Level {
    POLITICAL,
    ADMINISTRATIVE_LEADERSHIP,
    MIDDLE_MANAGEMENT,
    STAFF,
    USERS_AND_RELATIVES,
    EXTERNAL;

    /**
     * Whether the roadmap expects someone at this level ("anchoring on all levels of the organisation");
     * external parties (suppliers, other agencies) are optional.
     */
    public boolean expected() {
        return this != EXTERNAL;
    }

    public String labelKey() {
        return "roadmap.stakeholder.level." + name();
    }
}
