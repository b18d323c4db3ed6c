package no.veikart.roadmap.pilot.view;

import java.math.BigDecimal;

/** A gain the pilot measured: % realised at its latest measurement in the pilot period (null: none in the period). */
public record PilotMeasuredGainView(long gainId, String title, BigDecimal realisedPercent, String realisedDisplay,
        String measuredOn) {
}
