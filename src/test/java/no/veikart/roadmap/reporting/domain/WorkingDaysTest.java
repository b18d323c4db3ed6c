package no.veikart.roadmap.reporting.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.Test;

public class WorkingDaysTest {
    @Test
    public void monthStartingOnSaturdaySkipsTheWeekend() {
        // August 2026 starts on a Saturday: Mon 3, Tue 4, Wed 5, Thu 6, Fri 7.
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2026, 8, 1).getDayOfWeek());
        assertEquals(LocalDate.of(2026, 8, 3), WorkingDays.nth(YearMonth.of(2026, 8), 1));
        assertEquals(LocalDate.of(2026, 8, 7), WorkingDays.nth(YearMonth.of(2026, 8), 5));
        assertEquals(LocalDate.of(2026, 8, 10), WorkingDays.nth(YearMonth.of(2026, 8), 6));
    }

    @Test
    public void monthStartingOnSundayStartsOnMonday() {
        // March 2026 starts on a Sunday.
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2026, 3, 1).getDayOfWeek());
        assertEquals(LocalDate.of(2026, 3, 2), WorkingDays.nth(YearMonth.of(2026, 3), 1));
        assertEquals(LocalDate.of(2026, 3, 6), WorkingDays.nth(YearMonth.of(2026, 3), 5));
    }

    @Test
    public void monthStartingMidweekCrossesTheFirstWeekend() {
        // April 2026 starts on a Wednesday: 1, 2, 3, then Mon 6, Tue 7.
        assertEquals(LocalDate.of(2026, 4, 7), WorkingDays.nth(YearMonth.of(2026, 4), 5));
    }

    @Test
    public void nBeyondTheMonthGivesItsLastWorkingDay() {
        // February 2026 has 20 working days, the last on Friday 27.
        assertEquals(LocalDate.of(2026, 2, 27), WorkingDays.nth(YearMonth.of(2026, 2), 20));
        assertEquals(LocalDate.of(2026, 2, 27), WorkingDays.nth(YearMonth.of(2026, 2), 23));
        // May 2027 ends on a Monday (31), its 21st working day.
        assertEquals(LocalDate.of(2027, 5, 31), WorkingDays.nth(YearMonth.of(2027, 5), 23));
    }

    @Test
    public void nBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.nth(YearMonth.of(2026, 2), 0));
    }

    @Test
    public void weekendsAreNoWorkingDays() {
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 5)));
        assertFalse(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 6)));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.of(2026, 12, 7)));
    }

    @Test
    public void theReportForAMonthIsDueInTheNextMonth() {
        ReportingCadence fifth = ReportingCadence.defaultFor("DEMO");
        // November's report: 5th working day of December 2026 (Tue 1 … Mon 7).
        assertEquals(LocalDate.of(2026, 12, 7), fifth.dueDate(YearMonth.of(2026, 11)));
        // December's report: January 2027 starts on a Friday: 1, 4, 5, 6, 7.
        assertEquals(LocalDate.of(2027, 1, 7), fifth.dueDate(YearMonth.of(2026, 12)));
    }

    @Test
    public void expectedPeriodMovesOnOnTheDueDay() {
        ReportingCadence fifth = ReportingCadence.defaultFor("DEMO");
        assertEquals(YearMonth.of(2026, 10), fifth.expectedPeriod(LocalDate.of(2026, 12, 4)));
        assertEquals(YearMonth.of(2026, 11), fifth.expectedPeriod(LocalDate.of(2026, 12, 7)));
        assertEquals(YearMonth.of(2026, 11), fifth.expectedPeriod(LocalDate.of(2026, 12, 31)));
        ReportingCadence first = new ReportingCadence("DEMO", 1, 1);
        assertEquals(YearMonth.of(2026, 11), first.expectedPeriod(LocalDate.of(2026, 12, 1)));
    }
}
