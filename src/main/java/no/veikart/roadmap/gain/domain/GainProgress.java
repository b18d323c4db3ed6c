package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything derived about one gain at one day, as shown next to it: % realised (null without measurements), status,
 * trend of the two latest measurements (null with fewer than two dates), next measurement due and whether it is overdue.
 */
public record GainProgress(Measurement latest, BigDecimal realisedPercent, GainStatus status, Trend trend,
        LocalDate nextMeasurementDue, boolean overdue) {
}
