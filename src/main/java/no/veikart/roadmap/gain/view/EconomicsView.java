package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

/**
 * An initiative's economics as the reader sees them. {@code set} is false (and the values null, the discount rate
 * its default) until someone saves them; {@code version} is then null, and the first PUT sends none.
 * {@code trainingFromSessions}: the training cost counts the person-hours ({@code trainingHours}) of the initiative's
 * training sessions instead of hours per employee × employees.
 */
public record EconomicsView(String initiativeKey, boolean set, BigDecimal hourlyRate, String currency,
        BigDecimal discountRatePercent, Integer horizonYears, BigDecimal investment, BigDecimal yearlyRunningCost,
        BigDecimal trainingHoursPerEmployee, Integer employees, BigDecimal trainingCost, String hourlyRateDisplay,
        String investmentDisplay, String yearlyRunningCostDisplay, String trainingCostDisplay, Long version,
        boolean trainingFromSessions, BigDecimal trainingHours, String trainingSessionsDisplay) {
}
