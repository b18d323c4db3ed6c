package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

public record GainMeasurementView(long id, BigDecimal value, String valueDisplay, String date, String dateDisplay,
        String recordedBy, String recordedByName, String comment, BigDecimal realisedPercent) {
}
