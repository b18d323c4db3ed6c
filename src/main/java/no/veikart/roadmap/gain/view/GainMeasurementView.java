package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

public record GainMeasurementView(long id, BigDecimal value, String valueDisplay, String date, String dateDisplay,
        String recordedBy, String recordedByName, String comment, BigDecimal realisedPercent) {
}
