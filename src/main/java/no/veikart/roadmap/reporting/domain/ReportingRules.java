package no.veikart.roadmap.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/** Whether an initiative's report is due: shared by the overdue list and the reminder job so both say the same. */
public final class ReportingRules {
    /** Halted initiatives report no more (the INIT_SUMMARY status the phase feature writes). */
    public static final String HALTED = "HALTED";

    private ReportingRules() {
    }

    /**
     * The report {@code initiative} owes on {@code today}: the cadence's expected period when its newest published
     * period ({@code lastPublished}, null for none) is older; empty when it is up to date.
     */
    public static Optional<OverdueReport> owed(InitiativeRef initiative, ReportingCadence cadence, YearMonth lastPublished,
            LocalDate today) {
        YearMonth expected = cadence.expectedPeriod(today);
        if (lastPublished != null && !lastPublished.isBefore(expected)) {
            return Optional.empty();
        }
        LocalDate due = cadence.dueDate(expected);
        return Optional.of(new OverdueReport(initiative, expected, due, ChronoUnit.DAYS.between(due, today), lastPublished));
    }
}
