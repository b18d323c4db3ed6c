package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

public record GainAmountsView(BigDecimal planned, BigDecimal realised, BigDecimal realisedPercent, String plannedDisplay,
        String realisedDisplay, String realisedPercentDisplay) {
}
