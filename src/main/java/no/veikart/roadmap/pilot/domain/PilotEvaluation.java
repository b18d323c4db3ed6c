package no.veikart.roadmap.pilot.domain;

import java.time.Instant;

/**
 * The evaluation after a pilot round (seed 003, phase 4 "Evaluate"): the four dimensions, new gains found, cost
 * adjustments, and the recommendation with its reasons; who saved it last and when.
 */
public record PilotEvaluation(Rating people, Rating organisation, Rating technology, Rating gains, String newGains,
        String costAdjustments, Recommendation recommendation, String reasons, String byKey, Instant at) {

    public Rating of(Dimension dimension) {
        return switch (dimension) {
            case PEOPLE -> people;
            case ORGANISATION -> organisation;
            case TECHNOLOGY -> technology;
            case GAINS -> gains;
        };
    }
}
