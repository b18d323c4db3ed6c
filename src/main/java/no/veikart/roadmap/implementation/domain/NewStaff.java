package no.veikart.roadmap.implementation.domain;

import java.time.LocalDate;

/** New staff who joined a unit on {@code date} (turnover): they need training of their own. */
public record NewStaff(long id, LocalDate date, int count) {
}
