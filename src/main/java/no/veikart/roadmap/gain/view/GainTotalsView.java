package no.veikart.roadmap.gain.view;

import java.util.List;
import java.util.Map;

/**
 * Planned vs realised yearly value: money per currency (never converted), hours of every HOURS gain, money by
 * gain type, the number of gains per status, gains whose money is left out of the economics and why, and NPV and
 * payback when the initiative has economics.
 */
public record GainTotalsView(List<GainMoneyTotalView> money, GainAmountsView hours, List<GainTypeTotalView> byType, Map<String, Integer> byStatus,
        List<GainFlagView> flags, GainAppraisalView appraisal) {

    public boolean hasMoney() {
        return !money.isEmpty();
    }

    public boolean hasFlags() {
        return !flags.isEmpty();
    }
}
