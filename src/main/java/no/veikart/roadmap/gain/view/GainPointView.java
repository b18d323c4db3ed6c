package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

/** A value at a date: {@code {"value": 15000, "date": "2021-01-01", …}}. */
public record GainPointView(BigDecimal value, String valueDisplay, String date, String dateDisplay) {
}
