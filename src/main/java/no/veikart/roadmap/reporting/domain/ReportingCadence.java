package no.veikart.roadmap.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A project's reporting cadence: a status report per month, due on the {@code dueWorkingDay}th working day of the
 * month after it (the report for March is due on the 5th working day of April). {@code version} 0 means the project
 * keeps the default and nothing is stored.
 */
public record ReportingCadence(String projectKey, int dueWorkingDay, long version) {
    public static final int DEFAULT_DAY = 5;
    public static final int MIN_DAY = 1;
    /** No month has more than 23 working days; a larger N would mean nothing new. */
    public static final int MAX_DAY = 23;

    public static ReportingCadence defaultFor(String projectKey) {
        return new ReportingCadence(projectKey, DEFAULT_DAY, 0);
    }

    /** The day the report for {@code period} is due. */
    public LocalDate dueDate(YearMonth period) {
        return WorkingDays.nth(period.plusMonths(1), dueWorkingDay);
    }

    /**
     * The newest period whose report is due by {@code today}: last month once this month's due day has come, else the
     * month before it.
     */
    public YearMonth expectedPeriod(LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return today.isBefore(dueDate(last)) ? last.minusMonths(1) : last;
    }
}
