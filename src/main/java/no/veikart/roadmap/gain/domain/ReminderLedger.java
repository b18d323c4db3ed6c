package no.veikart.roadmap.gain.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up reminders sent, being sent or failed, shared by all cluster nodes. Claiming is atomic in the
 * database: of any number of runs (nodes, retries, a manual run next to the scheduled one) claiming the same reminder,
 * exactly one gets it; the others get nothing and must not send it.
 */
public interface ReminderLedger {
    /** What is stored for these keys (one query per chunk of keys), by key; keys never seen are absent. */
    Map<ReminderKey, ReminderRecord> find(Collection<ReminderKey> keys);

    /**
     * Claims a reminder for sending at {@code now}: records it as {@link ReminderRecord.State#SENDING} when it is new,
     * or takes over a {@link ReminderRecord#claimable claimable} one. Empty when it is sent, being sent, or another
     * run claimed it first.
     */
    Optional<ReminderClaim> claim(ReminderKey key, String ownerKey, Instant now);

    /**
     * Records that the claimed reminder was handed to the mail queue. False when the claim was lost meanwhile (it was
     * abandoned and another run took it over); nothing is changed then.
     */
    boolean sent(ReminderClaim claim, Instant now);

    /**
     * Records that sending the claimed reminder failed, with a reason that holds no personal data (an error class
     * name), so that the next run tries again. False when the claim was lost meanwhile; nothing is changed then.
     */
    boolean failed(ReminderClaim claim, String reason, Instant now);
}
