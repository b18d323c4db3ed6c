package no.veikart.roadmap.portfolio.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code GET /portfolio} (api.md), as typed records: components in the order of the response's fields,
 * names localised, money rounded to cents without trailing zeros. Built by {@link PortfolioViews}. {@code sections}
 * carries the features' sections as each feature's own records (see {@code PortfolioSection}).
 */
public record PortfolioView(List<String> projects, Filter filter, String currency, int initiatives,
        Map<String, Integer> byPhase, List<Phase> phases, Map<String, Integer> byStatus, Gains gains,
        Anchoring anchoring, List<Overdue> overdueFollowUps, int overdueCount, long generatedMs,
        Map<String, Object> sections) {

    public record Filter(long id, String name) {
    }

    public record Phase(String key, String name, int count, List<String> issueKeys, boolean more) {
    }

    public record Gains(String currency, BigDecimal planned, BigDecimal realised, BigDecimal plannedHours,
            BigDecimal realisedHours, int count, Map<String, GainType> byType, Map<String, Integer> byStatus,
            List<String> otherCurrencies) {
    }

    public record GainType(String name, int count, BigDecimal planned, BigDecimal realised, BigDecimal plannedHours,
            BigDecimal realisedHours, List<String> issueKeys, boolean more) {
    }

    public record Anchoring(List<Level> levels) {
    }

    public record Level(String level, String name, int initiatives, int anchored, int inProgress, int missing,
            LevelKeys issueKeys, boolean more) {
    }

    public record LevelKeys(List<String> anchored, List<String> inProgress, List<String> missing) {
    }

    public record Overdue(String issueKey, String summary, long gainId, String gainTitle, String ownerName,
            String dueDate, long daysOverdue) {
    }
}
