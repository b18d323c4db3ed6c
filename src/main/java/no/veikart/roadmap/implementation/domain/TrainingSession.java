package no.veikart.roadmap.implementation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training session of a unit: how many people were trained, by whom, and the hours it took each of them. */
public record TrainingSession(long id, LocalDate date, TrainingKind kind, int trained, String trainer, BigDecimal hours) {
}
