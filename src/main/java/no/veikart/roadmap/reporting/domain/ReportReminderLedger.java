package no.veikart.roadmap.reporting.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;

/**
 * Which (initiative, period) reminders were sent. A reminder is claimed before its mail is queued; of two runs
 * claiming it (two nodes, a manual run) only one gets it. A mail that fails gives its claim back, so the next run tries
 * again. No recipient is stored: the reminder is per initiative and period, whoever receives it.
 */
public interface ReportReminderLedger {
    /** Those of {@code initiativeIds} already reminded of {@code period}s: keys as {@link #key}; one query per chunk. */
    Set<String> claimed(Collection<Long> initiativeIds);

    /** True when this run got the reminder. */
    boolean claim(long initiativeId, YearMonth period, Instant now);

    /** Gives a claim back after its mail failed. */
    void release(long initiativeId, YearMonth period);

    static String key(long initiativeId, YearMonth period) {
        return initiativeId + ":" + period;
    }
}
