package no.veikart.roadmap.pilot.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules that make rounds out of what is stored and how far the initiative has come.
 * <ul>
 *   <li>Rounds 1 … current exist once the initiative has reached Service development; a round never saved is
 *       {@linkplain PilotRound version 0}, its plan a draft copy of the round before (round 1: empty), so "further
 *       tests" and a return to Service development start from the last plan.</li>
 *   <li>The gains section of an evaluation: per gain the pilot measures, the latest measurement within the pilot
 *       period (start and end date included) and its % realised; none without dates or measurements.</li>
 * </ul>
 */
public final class PilotRounds {
    private PilotRounds() {
    }

    public static List<PilotRound> rounds(long initiativeId, int currentRound, List<PilotRound> stored) {
        Map<Integer, PilotRound> byRound = new TreeMap<>();
        stored.forEach(r -> byRound.put(r.round(), r));
        int last = Math.max(currentRound, byRound.isEmpty() ? 0 : ((TreeMap<Integer, PilotRound>) byRound).lastKey());
        List<PilotRound> rounds = new ArrayList<>();
        PilotPlan previous = PilotPlan.EMPTY;
        for (int n = 1; n <= last; n++) {
            PilotRound r = byRound.get(n);
            if (r == null) {
                r = new PilotRound(initiativeId, n, previous, true, null, 0);
            }
            rounds.add(r);
            previous = r.plan();
        }
        return rounds;
    }

    /** The round {@code n} as it is now (stored or a draft copy); null when there is no such round yet. */
    public static PilotRound round(long initiativeId, int currentRound, List<PilotRound> stored, int n) {
        return rounds(initiativeId, currentRound, stored).stream().filter(r -> r.round() == n).findFirst().orElse(null);
    }

    /** A measured gain: null {@code realisedPercent} when nothing was measured in the period (or the gain is gone). */
    public record MeasuredGain(long gainId, String title, BigDecimal realisedPercent, LocalDate measuredOn) {
    }

    public static List<MeasuredGain> measuredInPeriod(PilotPlan plan, List<GainFact> gains) {
        List<MeasuredGain> out = new ArrayList<>();
        for (Long id : plan.measuredGainIds()) {
            GainFact gain = gains.stream().filter(g -> g.id() == id).findFirst().orElse(null);
            if (gain == null) {
                continue;
            }
            GainFact.Point latest = plan.startDate() == null || plan.endDate() == null ? null
                    : gain.measured().stream()
                            .filter(p -> !p.date().isBefore(plan.startDate()) && !p.date().isAfter(plan.endDate()))
                            .max(Comparator.comparing(GainFact.Point::date)).orElse(null);
            out.add(new MeasuredGain(id, gain.title(), latest == null ? null : latest.realisedPercent(),
                    latest == null ? null : latest.date()));
        }
        return out;
    }
}
