package no.veikart.roadmap.gain.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A gain whose next measurement is due today ({@code overdue} false) or was due before today (overdue). */
public record FollowUp(Gain gain, LocalDate due, boolean overdue) {
    public FollowUp {
        Objects.requireNonNull(gain, "gain");
        Objects.requireNonNull(due, "due");
    }

    public ReminderKey key() {
        return new ReminderKey(gain.id(), due);
    }

    public String ownerKey() {
        return gain.ownerKey();
    }
}
