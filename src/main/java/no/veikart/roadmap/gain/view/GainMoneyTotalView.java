package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

public record GainMoneyTotalView(String currency, BigDecimal planned, BigDecimal realised, BigDecimal realisedPercent,
        String plannedDisplay, String realisedDisplay, String realisedPercentDisplay) {
}
