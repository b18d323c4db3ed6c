package no.veikart.roadmap.pilot.domain;

/**
 * The ten points a pilot is planned on (seed 003, phase 4 "Plan"); {@code field} is the name in JSON and in
 * {@code missing}. TIME is the start and end date, PARTICIPANTS the counts and their text, MEASUREMENT the gains
 * chosen for the pilot.
 */
public enum PlanPoint {
    GOALS("goals"), SCOPE("scope"), TIME("time"), PARTICIPANTS("participants"), INFORMATION("information"),
    COMPETENCE("competence"), ERROR_HANDLING("errorHandling"), MEASUREMENT("measurement"), OBSERVATION("observation"),
    DOCUMENTATION("documentation");

    private final String field;

    PlanPoint(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String labelKey() {
        return "roadmap.pilot.plan." + field + ".label";
    }

    public String helpKey() {
        return "roadmap.pilot.plan." + field + ".help";
    }
}
