package no.veikart.roadmap.risk.view;

/** One step of the likelihood or consequence scale with its short description, in the reader's language. */
public record ScaleView(int value, String name, String description) {
}
