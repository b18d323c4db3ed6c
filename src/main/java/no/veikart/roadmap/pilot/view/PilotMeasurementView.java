package no.veikart.roadmap.pilot.view;

import java.util.List;

/** The gains the pilot measures (ids and titles in the same order) and how. */
public record PilotMeasurementView(List<Long> gainIds, List<String> gainTitles, String text) {
    public PilotMeasurementView {
        gainIds = List.copyOf(gainIds);
        gainTitles = List.copyOf(gainTitles);
    }
}
