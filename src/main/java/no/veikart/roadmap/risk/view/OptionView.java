package no.veikart.roadmap.risk.view;

/** A value of a select list and its label. */
public record OptionView(String value, String label) {
}
