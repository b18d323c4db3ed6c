package no.veikart.roadmap.gain.domain;

/**
 * Unvalidated economics input; the JSON names are the component names. Numbers are BigDecimal, another Number or text.
 * Required: hourlyRate, currency, horizonYears. Optional: discountRatePercent (default 4), investment,
 * yearlyRunningCost, trainingHoursPerEmployee, employees (default 0).
 */
public record EconomicsDraft(Object hourlyRate, String currency, Object discountRatePercent, Object horizonYears,
        Object investment, Object yearlyRunningCost, Object trainingHoursPerEmployee, Object employees) {
}
