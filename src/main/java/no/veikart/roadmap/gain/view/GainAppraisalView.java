package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;

/** NPV and payback (years) with the planned and with the realised yearly benefit; a payback is null when not reached. */
public record GainAppraisalView(String currency, int horizonYears, BigDecimal discountRatePercent,
        BigDecimal plannedYearlyBenefit, BigDecimal realisedYearlyBenefit, BigDecimal initialCost,
        BigDecimal yearlyRunningCost, BigDecimal npvPlanned, BigDecimal npvRealised, BigDecimal paybackYearsPlanned,
        BigDecimal paybackYearsRealised, String plannedYearlyBenefitDisplay, String realisedYearlyBenefitDisplay,
        String initialCostDisplay, String npvPlannedDisplay, String npvRealisedDisplay, String paybackPlannedDisplay,
        String paybackRealisedDisplay) {
}
