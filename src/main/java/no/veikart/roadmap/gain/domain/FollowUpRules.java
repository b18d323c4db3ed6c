package no.veikart.roadmap.gain.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which gains need a follow-up reminder, and for whom.
 * <ul>
 *   <li>A gain is <b>due for a reminder</b> on {@code today} when it has an owner and its next measurement
 *       ({@link MeasurementSchedule#nextDue()}, the same date the gain panel shows) is due today or earlier. Due today
 *       is not overdue yet ({@link GainCalculator#isOverdue(LocalDate, LocalDate)}).</li>
 *   <li>Reminders are <b>grouped by owner</b> (the stored owner text, owners in key order) so each owner gets one
 *       message; within it the gains are ordered by due date (oldest first), then initiative, then gain id.</li>
 *   <li>A reminder is identified by (gain, due date): {@link FollowUp#key()}. It is sent at most once; recording a
 *       measurement moves the due date, and the next due date gets its own reminder.</li>
 * </ul>
 */
public final class FollowUpRules {
    private static final Comparator<FollowUp> ORDER = Comparator.comparing(FollowUp::due)
            .thenComparingLong(f -> f.gain().initiativeId()).thenComparingLong(f -> f.gain().id());

    private FollowUpRules() {
    }

    /** The reminder {@code schedule} needs on {@code today}, if any. */
    public static Optional<FollowUp> dueOn(MeasurementSchedule schedule, LocalDate today) {
        String owner = schedule.gain().ownerKey();
        if (owner == null || owner.isBlank()) {
            return Optional.empty();
        }
        LocalDate due = schedule.nextDue();
        if (due.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new FollowUp(schedule.gain(), due, GainCalculator.isOverdue(due, today)));
    }

    /** The reminders due on {@code today}, by owner key (sorted), each owner's in {@link FollowUpRules} order. */
    public static Map<String, List<FollowUp>> dueByOwner(Collection<MeasurementSchedule> schedules, LocalDate today) {
        Map<String, List<FollowUp>> byOwner = new TreeMap<>();
        for (MeasurementSchedule schedule : schedules) {
            dueOn(schedule, today).ifPresent(f -> byOwner.computeIfAbsent(f.ownerKey(), k -> new ArrayList<>()).add(f));
        }
        Map<String, List<FollowUp>> sorted = new LinkedHashMap<>();
        byOwner.forEach((owner, list) -> sorted.put(owner, list.stream().sorted(ORDER).toList()));
        return sorted;
    }
}
