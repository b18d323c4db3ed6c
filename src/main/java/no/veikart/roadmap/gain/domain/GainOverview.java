package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * The gain realisation plan of one initiative at one day: its gains, its economics (null when none are set), the
 * totals, the appraisal (null without economics) and whether the reader may edit.
 */
public record GainOverview(InitiativeRef initiative, List<TrackedGain> gains, Economics economics, GainTotals totals,
        Appraisal appraisal, boolean editable, LocalDate today) {
    public GainOverview {
        gains = List.copyOf(gains);
    }

    /**
     * NPV and payback of the initiative in the economics' currency, once with the planned and once with the realised
     * yearly benefit (the money totals in that currency). A payback is null when it is not reached within the horizon.
     */
    public record Appraisal(Currency currency, BigDecimal plannedYearlyBenefit, BigDecimal realisedYearlyBenefit,
            BigDecimal initialCost, BigDecimal npvPlanned, BigDecimal npvRealised, BigDecimal paybackYearsPlanned,
            BigDecimal paybackYearsRealised) {
    }
}
