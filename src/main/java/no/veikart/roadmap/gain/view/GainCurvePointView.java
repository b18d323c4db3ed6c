package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

public record GainCurvePointView(String date, BigDecimal value, BigDecimal percent) {
}
