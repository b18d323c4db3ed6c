package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a gain's indicator, with who recorded it (Jira user key) and an optional comment. When two
 * measurements share a date, the one with the higher id counts as the later one.
 */
public record Measurement(long id, long gainId, BigDecimal value, LocalDate date, String recordedByKey, String comment) {
    public Measurement {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
    }

    public Measurement withId(long newId) {
        return new Measurement(newId, gainId, value, date, recordedByKey, comment);
    }
}
