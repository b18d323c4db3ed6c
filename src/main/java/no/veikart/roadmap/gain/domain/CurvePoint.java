package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One point of the planned or actual curve: the indicator's value at a date and, when known, that value as % of the
 * target improvement (0 = baseline, 100 = target; 1 decimal).
 */
public record CurvePoint(LocalDate date, BigDecimal value, BigDecimal percent) {
}
