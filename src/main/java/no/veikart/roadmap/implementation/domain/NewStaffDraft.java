package no.veikart.roadmap.implementation.domain;

/** New staff as typed; {@code version} (optional) is the unit's. */
public record NewStaffDraft(String date, Integer count, Long version) {
}
