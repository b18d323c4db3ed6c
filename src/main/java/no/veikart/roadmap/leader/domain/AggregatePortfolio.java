package no.veikart.roadmap.leader.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Aggregated portfolio figures for leaders without browse permission. Built only of counts, sums and fixed codes
 * (phase, status, light and currency codes, the keys of projects that opted in): there is no field that could carry an
 * issue key, a summary, a person, a stakeholder or a comment, so none can leak through it.
 */
public record AggregatePortfolio(List<String> projects, int initiatives, List<Count> phases, List<Count> statuses,
        List<Count> lights, List<Money> money, BigDecimal plannedHours, BigDecimal realisedHours) {
    public AggregatePortfolio {
        projects = List.copyOf(projects);
        phases = List.copyOf(phases);
        statuses = List.copyOf(statuses);
        lights = List.copyOf(lights);
        money = List.copyOf(money);
    }

    /** How many initiatives have this code (a phase, a status, a traffic light or NONE). */
    public record Count(String code, int count) {
    }

    /** Yearly gains in one currency, planned and realised. */
    public record Money(String currency, BigDecimal planned, BigDecimal realised) {
    }
}
