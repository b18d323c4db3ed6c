package no.veikart.roadmap.pilot.view;

/**
 * The decision that closed a pilot round, on its decision document: {@code taken} false while none was taken;
 * {@code adviceNote} says whether it followed the evaluation's recommendation (empty when none was recorded).
 */
public record PilotDecisionView(boolean taken, String decision, String decisionName, String adviceNote, boolean followed,
        String reason, String by, String at) {
    static final PilotDecisionView NONE = new PilotDecisionView(false, "", "", "", false, "", "", "");
}
