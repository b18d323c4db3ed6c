package no.veikart.roadmap.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * An initiative whose report for {@code period} was due on {@code dueDate} and is not published yet;
 * {@code lastPublished} is its newest published period (null: none).
 */
public record OverdueReport(InitiativeRef initiative, YearMonth period, LocalDate dueDate, long daysOverdue,
        YearMonth lastPublished) {
}
