package no.veikart.roadmap.gain.domain;

/** Unvalidated measurement input {@code {value, date, comment?}}; {@code value} is a BigDecimal, another Number or text. */
public record MeasurementDraft(Object value, String date, String comment) {
}
