package no.veikart.roadmap.pilot.view;

import java.util.List;

/** The evaluation of a round with the recommendation's name in the reader's language. */
public record PilotEvaluationView(PilotRatingView people, PilotRatingView organisation, PilotRatingView technology,
        PilotRatingView gains, String newGains, String costAdjustments, String recommendation, String recommendationName,
        String reasons, String by, String at) {

    /** The four dimensions in the method's order (the decision page lists them). */
    public List<PilotRatingView> dimensions() {
        return List.of(people, organisation, technology, gains);
    }
}
