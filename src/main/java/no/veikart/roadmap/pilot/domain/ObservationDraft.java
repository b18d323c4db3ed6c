package no.veikart.roadmap.pilot.domain;

/** A log entry as sent. */
public record ObservationDraft(String date, String dimension, String text) {
}
