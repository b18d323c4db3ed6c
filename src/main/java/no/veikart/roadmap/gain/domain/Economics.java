package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cost side of an initiative's gain plan, in one currency: the hourly rate that monetises saved hours, the
 * investment (year 0), yearly running costs, training hours per employee (year 0, at the hourly rate; replaced by the
 * person-hours of the initiative's training sessions, {@code sessionTrainingHours}, when it has any) and the discount
 * rate and horizon for NPV and payback. Missing amounts are 0; a missing discount rate is {@value #DEFAULT_DISCOUNT_RATE} %.
 */
public record Economics(long initiativeId, BigDecimal hourlyRate, Currency currency, BigDecimal discountRatePercent,
        int horizonYears, BigDecimal investment, BigDecimal yearlyRunningCost, BigDecimal trainingHoursPerEmployee,
        int employees, long version, BigDecimal sessionTrainingHours) {
    public static final String DEFAULT_DISCOUNT_RATE = "4";
    public static final int MAX_HORIZON_YEARS = 50;

    public Economics {
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        Objects.requireNonNull(currency, "currency");
        discountRatePercent = discountRatePercent == null ? new BigDecimal(DEFAULT_DISCOUNT_RATE) : discountRatePercent;
        investment = investment == null ? BigDecimal.ZERO : investment;
        yearlyRunningCost = yearlyRunningCost == null ? BigDecimal.ZERO : yearlyRunningCost;
        trainingHoursPerEmployee = trainingHoursPerEmployee == null ? BigDecimal.ZERO : trainingHoursPerEmployee;
        if (horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
            throw new IllegalArgumentException("horizonYears must be 1.." + MAX_HORIZON_YEARS);
        }
        if (employees < 0) {
            throw new IllegalArgumentException("employees must not be negative");
        }
    }

    /** Economics as stored, without training sessions. */
    public Economics(long initiativeId, BigDecimal hourlyRate, Currency currency, BigDecimal discountRatePercent,
            int horizonYears, BigDecimal investment, BigDecimal yearlyRunningCost, BigDecimal trainingHoursPerEmployee,
            int employees, long version) {
        this(initiativeId, hourlyRate, currency, discountRatePercent, horizonYears, investment, yearlyRunningCost,
                trainingHoursPerEmployee, employees, version, null);
    }

    /**
     * The time staff spend learning at the hourly rate, paid in year 0: the person-hours of the training sessions
     * ({@link TrainingHours}) when there are any, else training hours per employee × employees.
     */
    public BigDecimal trainingCost() {
        return trainingHours().multiply(hourlyRate);
    }

    /** The person-hours the training cost is based on. */
    public BigDecimal trainingHours() {
        return sessionTrainingHours != null ? sessionTrainingHours
                : trainingHoursPerEmployee.multiply(BigDecimal.valueOf(employees));
    }

    public boolean trainingFromSessions() {
        return sessionTrainingHours != null;
    }

    public Economics withVersion(long newVersion) {
        return new Economics(initiativeId, hourlyRate, currency, discountRatePercent, horizonYears, investment,
                yearlyRunningCost, trainingHoursPerEmployee, employees, newVersion, sessionTrainingHours);
    }

    /** These economics with the person-hours of the initiative's training sessions (null: none). */
    public Economics withSessionTrainingHours(BigDecimal hours) {
        return new Economics(initiativeId, hourlyRate, currency, discountRatePercent, horizonYears, investment,
                yearlyRunningCost, trainingHoursPerEmployee, employees, version, hours);
    }
}
