package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A gain with its measurements and everything derived from them at one day: progress (% realised, status, trend, next
 * measurement due), the planned % of the valorisation curve that day, the planned and realised yearly value in the
 * gain's unit and in money, and the planned and actual curves of the valorisation diagram.
 *
 * @param measurements by date, then id
 */
public record TrackedGain(Gain gain, List<Measurement> measurements, GainProgress progress, BigDecimal plannedPercentToday,
        BigDecimal plannedYearlyValue, BigDecimal realisedYearlyValue, Monetisation plannedMoney, Monetisation realisedMoney,
        List<CurvePoint> plannedCurve, List<CurvePoint> actualCurve) {
    public TrackedGain {
        measurements = List.copyOf(measurements);
        plannedCurve = List.copyOf(plannedCurve);
        actualCurve = List.copyOf(actualCurve);
    }
}
