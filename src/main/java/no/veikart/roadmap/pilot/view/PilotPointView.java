package no.veikart.roadmap.pilot.view;

/**
 * One of the plan's ten points with its label, the method's help text and its value in the current round.
 * {@code kind}: {@code text}, {@code time}, {@code participants} or {@code measurement} (the template draws each).
 */
public record PilotPointView(String field, String kind, String label, String help, String value, boolean missing) {
}
