package no.veikart.roadmap.gain.domain;

/** A stored measurement and its gain at the version the measurement gave it. */
public record MeasurementAdded(Gain gain, Measurement measurement) {
}
