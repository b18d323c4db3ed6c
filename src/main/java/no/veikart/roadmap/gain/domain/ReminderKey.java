package no.veikart.roadmap.gain.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Identifies one reminder: what it is about ({@code kind}: {@link #GAIN} for a gain's measurement, or another
 * feature's kind, letters only, e.g. {@code implMonitoring}), the id of that thing and the day it fell due. At most
 * one reminder is sent per key; a new due date makes a new key.
 */
public record ReminderKey(String kind, long subjectId, LocalDate due) {
    public static final String GAIN = "gain";

    public ReminderKey {
        Objects.requireNonNull(due, "due");
        if (kind == null || !kind.matches("[A-Za-z]{1,24}")) {
            throw new IllegalArgumentException("kind: letters only");
        }
    }

    /** A gain's measurement due on one date. */
    public ReminderKey(long gainId, LocalDate due) {
        this(GAIN, gainId, due);
    }

    /** The gain's id; 0 for another feature's reminder. */
    public long gainId() {
        return GAIN.equals(kind) ? subjectId : 0;
    }

    /** {@code gainId:yyyy-mm-dd} for gains (as stored before other kinds existed), else {@code kind:id:yyyy-mm-dd}. */
    public String text() {
        return GAIN.equals(kind) ? subjectId + ":" + due : kind + ":" + subjectId + ":" + due;
    }
}
