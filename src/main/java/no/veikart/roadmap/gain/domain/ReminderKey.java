package no.veikart.roadmap.gain.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Identifies one follow-up reminder: a gain's measurement due on one date. At most one reminder is sent per key; a new
 * measurement moves the due date and so makes a new key.
 */
public record ReminderKey(long gainId, LocalDate due) {
    public ReminderKey {
        Objects.requireNonNull(due, "due");
    }

    /** {@code gainId:yyyy-mm-dd}, the stored unique key. */
    public String text() {
        return gainId + ":" + due;
    }
}
