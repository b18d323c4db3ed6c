package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What one initiative's gains say in the four standard Jira fields that make initiatives searchable with JQL (filters,
 * boards, every gadget). All four are empty (null) when the initiative has no gains.
 *
 * <ul>
 *   <li><b>realisedPercent</b>: the mean of the gains' % realised, each counted between 0 and 100 (an over-achieved gain
 *       counts 100 and cannot hide another that lags; a gain that moved away from its target, or has no measurement
 *       yet, counts 0), HALF_UP to 1 decimal. Unweighted: gains are in different units; money is in
 *       {@code realisedValue}.</li>
 *   <li><b>status</b>: the worst status of the gains, in the order AT_RISK, ON_TRACK, NOT_STARTED, REALISED: one gain at
 *       risk makes the initiative at risk; otherwise one on track makes it on track; it is realised only when every gain
 *       is.</li>
 *   <li><b>nextFollowUp</b>: the earliest next measurement due of the gains (overdue dates included).</li>
 *   <li><b>realisedValue</b>: the realised yearly money in the economics' currency (the initiative's "project currency":
 *       TIME gains in hours at the hourly rate plus CURRENCY gains in that currency, as in {@link GainTotals}), HALF_UP
 *       to 2 decimals; null without economics. {@code currency} says which.</li>
 * </ul>
 */
public record SearchValues(BigDecimal realisedPercent, GainStatus status, LocalDate nextFollowUp, BigDecimal realisedValue,
        Currency currency) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Worst first. */
    private static final List<GainStatus> SEVERITY = List.of(GainStatus.AT_RISK, GainStatus.ON_TRACK, GainStatus.NOT_STARTED,
            GainStatus.REALISED);

    public static final SearchValues EMPTY = new SearchValues(null, null, null, null, null);

    /** The values of an overview (gains tracked today, totals and economics). */
    public static SearchValues of(GainOverview overview) {
        return of(overview.gains().stream().map(TrackedGain::progress).toList(), overview.totals(), overview.economics());
    }

    /** The values from each gain's progress, the initiative's totals and its economics (null when none are set). */
    public static SearchValues of(Collection<GainProgress> progress, GainTotals totals, Economics economics) {
        if (progress.isEmpty()) {
            return EMPTY;
        }
        BigDecimal sum = BigDecimal.ZERO;
        GainStatus worst = null;
        LocalDate next = null;
        for (GainProgress p : progress) {
            sum = sum.add(capped(p.realisedPercent()));
            if (worst == null || SEVERITY.indexOf(p.status()) < SEVERITY.indexOf(worst)) {
                worst = p.status();
            }
            if (next == null || p.nextMeasurementDue().isBefore(next)) {
                next = p.nextMeasurementDue();
            }
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(progress.size()), 1, RoundingMode.HALF_UP);
        BigDecimal money = economics == null ? null
                : totals.realisedMoney(economics.currency()).setScale(2, RoundingMode.HALF_UP);
        return new SearchValues(mean, worst, next, money, economics == null ? null : economics.currency());
    }

    private static BigDecimal capped(BigDecimal percent) {
        if (percent == null || percent.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return percent.min(HUNDRED);
    }
}
