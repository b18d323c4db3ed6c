package no.veikart.roadmap.reporting.view;

/**
 * One aspect of a report or of the suggestions: {@code aspect} is the JSON field, {@code light} GREEN|AMBER|RED or
 * "" when unset, {@code reason} why the data suggests it (suggestions only).
 */
public record LightView(String aspect, String label, String light, String lightName, String reason) {
}
