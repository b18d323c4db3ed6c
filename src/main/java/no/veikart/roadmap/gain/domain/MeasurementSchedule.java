package no.veikart.roadmap.gain.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A gain with the date of its latest measurement (null before the first one): all the follow-up reminders need to
 * know about it, read for every gain at once.
 */
public record MeasurementSchedule(Gain gain, LocalDate lastMeasuredOn) {
    public MeasurementSchedule {
        Objects.requireNonNull(gain, "gain");
    }

    /**
     * When the next measurement is due: the latest measurement's date (the baseline date before the first one) plus
     * one period of the gain's frequency, as {@link GainCalculator#nextMeasurementDue} computes it for the panel.
     */
    public LocalDate nextDue() {
        return gain.frequency().next(lastMeasuredOn != null ? lastMeasuredOn : gain.baselineDate());
    }
}
