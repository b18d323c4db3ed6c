package no.veikart.roadmap.pilot.view;

/** A log entry with its date and dimension for display and the author's display name. */
public record PilotObservationView(long id, String date, String dateDisplay, String dimension, String dimensionName,
        String text, String by) {
}
