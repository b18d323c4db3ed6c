package no.veikart.roadmap.pilot.view;

import java.util.List;

/**
 * The pilot panel: every round (newest first) and, for the current round, the plan's points with help texts, the
 * dimensions with their guiding questions, the gains a plan can choose and the recommendations. {@code editable}:
 * the reader may change the current round. {@code newGainTitle}: the gain one click adds from the current round's new
 * gains found ("" when none); {@code newGainAdded}: the initiative has a gain of that title already.
 */
public record PilotPanelView(String initiativeKey, boolean hasRounds, List<PilotRoundView> rounds, PilotRoundView current,
        boolean editable, List<PilotPointView> points, List<PilotDimensionView> dimensions, List<PilotOptionView> gains,
        List<PilotOptionView> recommendations, List<PilotOptionView> filters, boolean hasGains, String completeness,
        String missingText, boolean hasObservations, String newGainTitle, boolean newGainAdded) {
    public PilotPanelView {
        rounds = List.copyOf(rounds);
        points = List.copyOf(points);
        dimensions = List.copyOf(dimensions);
        gains = List.copyOf(gains);
        recommendations = List.copyOf(recommendations);
        filters = List.copyOf(filters);
    }
}
