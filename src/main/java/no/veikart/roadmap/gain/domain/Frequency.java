package no.veikart.roadmap.gain.domain;

import java.time.LocalDate;

/** How often a gain is measured. */
public enum Frequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY;

    /**
     * The date one period after {@code from}: +7 days, +1 month, +3 months or +1 year. Month arithmetic keeps the day of
     * the month and clamps it to the last day of a shorter month (31 Jan + MONTHLY = 28 Feb, or 29 Feb in a leap year;
     * 29 Feb + YEARLY = 28 Feb). Always strictly after {@code from}.
     */
    public LocalDate next(LocalDate from) {
        return switch (this) {
            case WEEKLY -> from.plusWeeks(1);
            case MONTHLY -> from.plusMonths(1);
            case QUARTERLY -> from.plusMonths(3);
            case YEARLY -> from.plusYears(1);
        };
    }
}
