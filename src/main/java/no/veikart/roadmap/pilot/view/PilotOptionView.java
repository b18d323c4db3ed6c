package no.veikart.roadmap.pilot.view;

/** A choice in a form: value, text and whether it is chosen. */
public record PilotOptionView(String value, String name, boolean selected) {
}
