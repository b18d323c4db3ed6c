package no.veikart.roadmap.pilot.domain;

import java.time.Instant;

/**
 * The evaluation after a pilot round (seed 003, phase 4 "Evaluate"): the four dimensions, new gains found, cost
 * adjustments, and the recommendation with its reasons; who saved it last and when.
 */
public record PilotEvaluation(Rating people, Rating organisation, Rating technology, Rating gains, String newGains,
        String costAdjustments, Recommendation recommendation, String reasons, String byKey, Instant at) {

    /** The gain's limit (GainValidator.MAX_TITLE), so the title made from a long first line is still valid. */
    public static final int MAX_GAIN_TITLE = 255;

    /** The first line of the new gains found, as the title of the gain one click adds; "" when none were found. */
    public String newGainTitle() {
        String first = newGains == null ? "" : newGains.strip().lines().findFirst().orElse("").strip();
        return first.length() <= MAX_GAIN_TITLE ? first : first.substring(0, MAX_GAIN_TITLE - 1) + "…";
    }

    public Rating of(Dimension dimension) {
        return switch (dimension) {
            case PEOPLE -> people;
            case ORGANISATION -> organisation;
            case TECHNOLOGY -> technology;
            case GAINS -> gains;
        };
    }
}
