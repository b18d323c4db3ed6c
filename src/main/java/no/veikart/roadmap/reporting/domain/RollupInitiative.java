package no.veikart.roadmap.reporting.domain;

import java.math.BigDecimal;

/**
 * One initiative as the reporting roll-up sees it: its unit (null: none), latest published report (null: none), the
 * report it owes (null: up to date or halted), and money in the portfolio's currency (zero when it has none).
 */
public record RollupInitiative(String issueKey, String projectKey, String summary, String phase, String status,
        OrgUnit unit, StatusReport latest, OverdueReport owed, BigDecimal plannedGains, BigDecimal realisedGains,
        BigDecimal investment, BigDecimal costSoFar) {
}
