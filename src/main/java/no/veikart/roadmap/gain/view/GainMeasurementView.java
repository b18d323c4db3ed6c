package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

/** One measurement; {@code realisedPercentDisplay} is {@code realisedPercent} in the reader's language ("12.5%"). */
public record GainMeasurementView(long id, BigDecimal value, String valueDisplay, String date, String dateDisplay,
        String recordedBy, String recordedByName, String comment, BigDecimal realisedPercent, String realisedPercentDisplay) {
}
