package no.veikart.roadmap.gain.domain;

/**
 * Unvalidated gain input, shaped like the JSON ({@code baseline:{value,date}}, {@code target:{value,date}}); every part
 * may be null. Enums and dates are text; numbers are {@link Object} so that a JSON number (BigDecimal, Integer, Long,
 * Double) and a number sent as text ("12.5") are both accepted. {@link GainValidator} turns it into a {@link Gain}.
 */
public record GainDraft(String type, String title, String indicator, String unit, String currency, Point baseline,
        Point target, String owner, String method, String frequency) {

    /** A value at a date: {@code {"value": 1350, "date": "2021-01-01"}}. */
    public record Point(Object value, String date) {
    }
}
