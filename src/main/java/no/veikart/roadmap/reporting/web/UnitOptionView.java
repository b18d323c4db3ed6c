package no.veikart.roadmap.reporting.web;

/** One unit to choose. */
public record UnitOptionView(long id, String label, boolean selected) {
}
