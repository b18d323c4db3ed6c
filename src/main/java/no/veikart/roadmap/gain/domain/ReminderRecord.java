package no.veikart.roadmap.gain.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What is stored about one reminder: its state, how many sending attempts were made and when it last changed.
 * <ul>
 *   <li>{@link State#SENDING}: a run claimed it and is sending it. A run that died before recording the outcome
 *       leaves it so; after {@link #ABANDONED_AFTER} it counts as failed and is tried again.</li>
 *   <li>{@link State#SENT}: handed to Jira's mail queue; never sent again.</li>
 *   <li>{@link State#FAILED}: sending failed; the next run tries again.</li>
 * </ul>
 */
public record ReminderRecord(ReminderKey key, State state, int attempts, Instant updatedAt) {
    /** Far longer than one run takes; short enough that a crashed node's claim is retried the next day. */
    public static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    public enum State {
        SENDING,
        SENT,
        FAILED
    }

    public ReminderRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether a run at {@code now} may (re)claim it: after a failure, or when a claim was abandoned. */
    public boolean claimable(Instant now) {
        return state == State.FAILED
                || (state == State.SENDING && !updatedAt.plus(ABANDONED_AFTER).isAfter(now));
    }
}
