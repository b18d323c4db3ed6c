package no.veikart.roadmap.reporting.view;

import java.math.BigDecimal;

/**
 * One initiative in the reporting section: latest published lights (null without a report), the period they are
 * for, and the report it owes ({@code owedPeriod} null when up to date).
 */
public record RollupInitiativeView(String issueKey, String summary, String phase, String status, String period,
        String overall, String phaseLight, String gains, String anchoring, String risks, String owedPeriod,
        String dueDate, Long daysOverdue, BigDecimal plannedGains, BigDecimal realisedGains, BigDecimal investment,
        BigDecimal costSoFar) {
}
