package no.veikart.roadmap.gain.domain;

import java.time.Instant;
import java.util.List;

/**
 * Initiatives whose search fields could not be written: kept (one row per initiative, on every node) until a later
 * write succeeds, so that a failure is retried at the next change and by the administrator's recalculation instead
 * of being lost.
 */
public interface GainSyncPendingStore {
    /** Adds the initiative, or counts one more failed attempt when it is already waiting. */
    void record(long initiativeId, long issueId, String issueKey, GainSearchFields.Reason reason, Instant at);

    /** Forgets the initiative (its fields are in step again); nothing happens when it is not waiting. */
    void remove(long initiativeId);

    /** Up to {@code limit} waiting initiatives, those waiting longest first. */
    List<Pending> list(int limit);

    int count();

    /** One waiting initiative. */
    record Pending(long initiativeId, long issueId, String issueKey, GainSearchFields.Reason reason, int attempts,
            Instant firstFailed, Instant lastFailed) {
    }
}
