package no.veikart.roadmap.reporting.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Working days are Monday to Friday. Public holidays differ between the five countries and municipalities, so they are
 * not counted out (our call, docs/reporting.md): the 5th working day is the 5th weekday of the month.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code n}th working day of {@code month} (n ≥ 1); a month with fewer working days than {@code n} gives its
     * last working day, so a report is never due in the next month.
     */
    public static LocalDate nth(YearMonth month, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate day = month.atDay(1);
        LocalDate last = null;
        int count = 0;
        while (YearMonth.from(day).equals(month)) {
            if (isWorkingDay(day)) {
                last = day;
                if (++count == n) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
        return last;
    }
}
