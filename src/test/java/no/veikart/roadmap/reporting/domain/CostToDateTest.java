package no.veikart.roadmap.reporting.domain;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.Test;

public class CostToDateTest {
    private static final BigDecimal YEAR_ZERO = new BigDecimal("500000");
    private static final BigDecimal RUNNING = new BigDecimal("120000");

    private static BigDecimal cost(String start, String today, int horizon) {
        return CostToDate.of(YEAR_ZERO, RUNNING, horizon, start == null ? null : LocalDate.parse(start), LocalDate.parse(today));
    }

    private static long months(String start, String today) {
        return CostToDate.completedMonths(LocalDate.parse(start), LocalDate.parse(today));
    }

    @Test
    public void anInitiativeNotYetStartedHasSpentNothing() {
        assertEquals(0, cost("2026-06-01", "2026-05-31", 5).signum());
    }

    @Test
    public void onItsStartDateTheYearZeroCostIsSpent() {
        assertEquals(0, cost("2026-06-01", "2026-06-01", 5).compareTo(YEAR_ZERO));
    }

    @Test
    public void runningCostAccruesPerCompletedMonth() {
        assertEquals(new BigDecimal("610000.00"), cost("2025-03-15", "2026-02-15", 5));
        assertEquals(new BigDecimal("600000.00"), cost("2025-03-15", "2026-02-14", 5));
        assertEquals(new BigDecimal("620000.00"), cost("2025-03-15", "2026-03-15", 5));
    }

    @Test
    public void aMonthOfAnOddYearlyCostIsRoundedToCents() {
        assertEquals(new BigDecimal("83.33"), CostToDate.of(BigDecimal.ZERO, new BigDecimal("1000"), 1,
                LocalDate.parse("2026-01-10"), LocalDate.parse("2026-02-10")));
    }

    @Test
    public void aStartOnTheLeapDayCompletesItsYearOnTheLastDayOfFebruary() {
        assertEquals(11, months("2024-02-29", "2025-02-27"));
        assertEquals(12, months("2024-02-29", "2025-02-28"));
        assertEquals(48, months("2024-02-29", "2028-02-29"));
        assertEquals(47, months("2024-02-29", "2028-02-28"));
    }

    @Test
    public void monthEndsClampInLeapAndCommonYears() {
        assertEquals(1, months("2024-01-31", "2024-02-29"));
        assertEquals(0, months("2024-01-31", "2024-02-28"));
        assertEquals(1, months("2023-01-31", "2023-02-28"));
        assertEquals(2, months("2024-01-31", "2024-03-31"));
        assertEquals(1, months("2024-01-31", "2024-03-30"));
        assertEquals(0, months("2024-03-10", "2024-03-10"));
    }

    @Test
    public void runningCostStopsAtTheHorizon() {
        assertEquals(0, cost("2010-01-01", "2026-01-01", 5).compareTo(YEAR_ZERO.add(RUNNING.multiply(BigDecimal.valueOf(5)))));
    }

    @Test
    public void withoutAStartDateOnlyTheYearZeroCostCounts() {
        assertEquals(0, cost(null, "2026-01-01", 5).compareTo(YEAR_ZERO));
    }
}
