package no.veikart.roadmap.risk.domain;

/** A measure as typed; {@code id} names a stored measure of the risk (null for a new one). */
public record MeasureDraft(Long id, String text, String owner, String due, String status) {
}
