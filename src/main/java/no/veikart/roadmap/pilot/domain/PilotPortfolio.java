package no.veikart.roadmap.pilot.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio's pilot figures. Each initiative counts with its latest saved pilot round that has both dates (a
 * copied plan nobody reviewed yet is not a pilot), by these rules, start and end day included:
 * <ul>
 *   <li><b>running now</b>: the initiative is in Piloting and the round's start ≤ today ≤ its end;</li>
 *   <li><b>ending within 30 days</b>: running now and its end ≤ today + 30 (a subset of running now);</li>
 *   <li><b>ended without evaluation</b>: the round's end is before today and it has no evaluation (whatever phase the
 *       initiative is in: one moved on by an override still lacks it).</li>
 * </ul>
 */
public final class PilotPortfolio {
    public static final int ENDING_DAYS = 30;
    static final String PILOTING = "PILOTING";

    private PilotPortfolio() {
    }

    /** An initiative counted: its id, issue key and current phase. */
    public record Counted(long initiativeId, String issueKey, String currentPhase) {
    }

    /** A count with the initiative issues behind it (the gadget links the count to them). */
    public record Figure(int count, List<String> issueKeys) {
        public Figure {
            issueKeys = List.copyOf(issueKeys);
        }

        static Figure of(List<String> keys) {
            return new Figure(keys.size(), keys);
        }
    }

    public record Figures(Figure running, Figure endingWithin30Days, Figure endedWithoutEvaluation) {
    }

    public static Figures figures(List<Counted> initiatives, List<PilotRound> rounds, LocalDate today) {
        Map<Long, PilotRound> latest = new HashMap<>();
        for (PilotRound r : rounds) {
            if (!r.draft() && r.plan().startDate() != null && r.plan().endDate() != null) {
                latest.merge(r.initiativeId(), r, (a, b) -> a.round() >= b.round() ? a : b);
            }
        }
        List<String> running = new ArrayList<>();
        List<String> ending = new ArrayList<>();
        List<String> unevaluated = new ArrayList<>();
        List<Counted> sorted = initiatives.stream().sorted(Comparator.comparing(Counted::issueKey)).toList();
        for (Counted c : sorted) {
            PilotRound r = latest.get(c.initiativeId());
            if (r == null) {
                continue;
            }
            LocalDate start = r.plan().startDate();
            LocalDate end = r.plan().endDate();
            if (PILOTING.equals(c.currentPhase()) && !start.isAfter(today) && !end.isBefore(today)) {
                running.add(c.issueKey());
                if (!end.isAfter(today.plusDays(ENDING_DAYS))) {
                    ending.add(c.issueKey());
                }
            }
            if (end.isBefore(today) && r.evaluation() == null) {
                unevaluated.add(c.issueKey());
            }
        }
        return new Figures(Figure.of(running), Figure.of(ending), Figure.of(unevaluated));
    }
}
