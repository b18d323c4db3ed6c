package no.veikart.roadmap.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * "Cost so far" of an initiative (docs/reporting.md), from its gain plan's economics (docs/gains.md): the year-0 cost
 * (investment and training) once the plan has started, plus the yearly running cost for each month completed since
 * the start, at most the horizon's months. The start is the earliest baseline date of the initiative's gains (where
 * the valorisation curve and the NPV's years begin); before it nothing is spent yet. Without a start date (no gain)
 * only the year-0 cost counts, as the plan cannot say how long it has run.
 */
public final class CostToDate {
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    private CostToDate() {
    }

    public static BigDecimal of(BigDecimal yearZeroCost, BigDecimal yearlyRunningCost, int horizonYears, LocalDate start,
            LocalDate today) {
        if (start == null) {
            return yearZeroCost;
        }
        if (today.isBefore(start)) {
            return BigDecimal.ZERO;
        }
        long months = Math.min(completedMonths(start, today), 12L * horizonYears);
        return yearZeroCost.add(yearlyRunningCost.multiply(BigDecimal.valueOf(months)).divide(MONTHS_A_YEAR, 2, RoundingMode.HALF_UP));
    }

    /**
     * Whole months from {@code start} to {@code today}: month n is complete on {@code start.plusMonths(n)}, which
     * clamps to the month's end (a start on 31 January completes its first month on 28 or 29 February; one on
     * 29 February its twelfth on 28 February of a common year).
     */
    static long completedMonths(LocalDate start, LocalDate today) {
        long months = Math.max(0, ChronoUnit.MONTHS.between(start, today) - 1);
        while (!start.plusMonths(months + 1).isAfter(today)) {
            months++;
        }
        return months;
    }
}
