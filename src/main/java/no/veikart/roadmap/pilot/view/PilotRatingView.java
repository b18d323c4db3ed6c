package no.veikart.roadmap.pilot.view;

/** One evaluated dimension. */
public record PilotRatingView(String dimension, String name, int rating, String text) {
}
