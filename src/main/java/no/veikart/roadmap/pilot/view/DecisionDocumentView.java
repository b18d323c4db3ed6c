package no.veikart.roadmap.pilot.view;

import java.util.List;

/**
 * The printable decision document of one pilot round: the plan's ten points as text, what was learned (the log), the
 * evaluation with the gains measured in the pilot period, the recommendation, and the decision taken on it.
 */
public record DecisionDocumentView(String initiativeKey, String language, String title, String roundTitle,
        PilotRoundView round, List<PilotPointView> points, String prepared, boolean hasObservations,
        PilotDecisionView decision) {
    public DecisionDocumentView {
        points = List.copyOf(points);
    }
}
