package no.veikart.roadmap.gain.domain;

import java.util.Objects;

/**
 * A reminder this run holds the right to send: the stored record and its version after the claim. Only the holder
 * records the outcome ({@link ReminderLedger#sent}, {@link ReminderLedger#failed}).
 */
public record ReminderClaim(ReminderKey key, long recordId, long version, int attempt) {
    public ReminderClaim {
        Objects.requireNonNull(key, "key");
    }
}
