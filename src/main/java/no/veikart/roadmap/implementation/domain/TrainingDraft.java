package no.veikart.roadmap.implementation.domain;

import java.math.BigDecimal;

/** A training session as typed; {@code version} (optional) is the unit's. */
public record TrainingDraft(String date, String kind, Integer trained, String trainer, BigDecimal hours, Long version) {
}
