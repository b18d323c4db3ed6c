package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A gain as the reader sees it. Numbers stay exact JSON numbers (api.md: a separate {@code unit}/{@code currency});
 * every {@code …Display} is the same value formatted for the reader's locale (money with the currency, hours and
 * percent with their sign), every {@code …Name} an enum value in the reader's language.
 *
 * @param owner the owner as entered (a Jira user key, or free text); {@code ownerName} is the user's display name, else
 *        the same text
 * @param realisedPercent % of the target improvement at the latest measurement; null without measurements
 * @param plannedPercentToday % the valorisation curve plans for today
 * @param plannedYearly the planned yearly improvement in money; amount null when it is not money (see {@code moneyExclusion})
 * @param moneyExclusion null when the money counts in the initiative's economics, else NOT_MONETISED, NO_HOURLY_RATE or CURRENCY_MISMATCH
 */
public record GainView(long id, String type, String typeName, String title, String indicator, String unit, String unitName,
        String currency, Point baseline, Point target, String owner, String ownerName, String method, String frequency, String frequencyName,
        List<MeasurementView> measurements, MeasurementView latest, BigDecimal realisedPercent, String realisedPercentDisplay,
        BigDecimal plannedPercentToday, String status, String statusName, String trend, String trendName,
        String nextMeasurementDue, String nextMeasurementDueDisplay, boolean overdue, BigDecimal plannedYearlyValue,
        String plannedYearlyValueDisplay, BigDecimal realisedYearlyValue, String realisedYearlyValueDisplay, Money plannedYearly,
        Money realisedYearly, String moneyExclusion, List<CurvePointView> plannedCurve, List<CurvePointView> actualCurve,
        long version) {

    /** The AUI lozenge class of {@link #status()}. */
    public String statusLozenge() {
        return GainLozenges.status(status);
    }

    /** The AUI lozenge class of {@link #type()}. */
    public String typeLozenge() {
        return GainLozenges.type(type);
    }

    /** {@link #plannedPercentToday()} without decimals, as the card shows it. */
    public int plannedPercentTodayWhole() {
        return plannedPercentToday == null ? 0 : plannedPercentToday.intValue();
    }

    public int measurementCount() {
        return measurements.size();
    }

    public boolean hasMeasurements() {
        return !measurements.isEmpty();
    }

    /** A value at a date: {@code {"value": 15000, "date": "2021-01-01", …}}. */
    public record Point(BigDecimal value, String valueDisplay, String date, String dateDisplay) {
    }

    public record MeasurementView(long id, BigDecimal value, String valueDisplay, String date, String dateDisplay,
            String recordedBy, String recordedByName, String comment, BigDecimal realisedPercent) {
    }

    /** An amount of money; {@code amount}, {@code currency} and {@code display} are null when there is none. */
    public record Money(BigDecimal amount, String currency, String display) {
    }

    public record CurvePointView(String date, BigDecimal value, BigDecimal percent) {
    }

    /** The gain realisation plan of one initiative (REST body and, later, panel view model). */
    public record Overview(String initiativeKey, boolean editable, String today, List<GainView> gains, TotalsView totals,
            EconomicsView economics, List<Option> types, List<Option> units, List<Option> currencies,
            List<Option> frequencies) {

        private static final List<String> STATUS_ORDER = List.of("ON_TRACK", "AT_RISK", "REALISED", "NOT_STARTED");

        /** The Jira project of the initiative ("HELSE" of "HELSE-12"). */
        public String projectKey() {
            return initiativeKey.substring(0, initiativeKey.lastIndexOf('-'));
        }

        public boolean hasGains() {
            return !gains.isEmpty();
        }

        public int gainCount() {
            return gains.size();
        }

        /** Every gain with its chart on {@link #today()}. */
        public List<GainCard> cards() {
            return gains.stream().map(g -> new GainCard(g, GainChart.of(g, today))).toList();
        }

        /** The statuses that some gain has, in the panel's order, with their counts. */
        public List<GainStatusCount> statusCounts() {
            return STATUS_ORDER.stream().filter(st -> totals.byStatus().getOrDefault(st, 0) > 0)
                    .map(st -> new GainStatusCount(st, GainLozenges.status(st), totals.byStatus().get(st))).toList();
        }
    }

    /**
     * Planned vs realised yearly value: money per currency (never converted), hours of every HOURS gain, money by
     * gain type, the number of gains per status, gains whose money is left out of the economics and why, and NPV and
     * payback when the initiative has economics.
     */
    public record TotalsView(List<MoneyTotal> money, Amounts hours, List<TypeTotal> byType, Map<String, Integer> byStatus,
            List<FlagView> flags, AppraisalView appraisal) {

        public boolean hasMoney() {
            return !money.isEmpty();
        }

        public boolean hasFlags() {
            return !flags.isEmpty();
        }
    }

    public record Amounts(BigDecimal planned, BigDecimal realised, BigDecimal realisedPercent, String plannedDisplay,
            String realisedDisplay, String realisedPercentDisplay) {
    }

    public record MoneyTotal(String currency, BigDecimal planned, BigDecimal realised, BigDecimal realisedPercent,
            String plannedDisplay, String realisedDisplay, String realisedPercentDisplay) {
    }

    public record TypeTotal(String type, String typeName, List<MoneyTotal> money) {
    }

    public record FlagView(long gainId, String reason, String message) {
    }

    /** NPV and payback (years) with the planned and with the realised yearly benefit; a payback is null when not reached. */
    public record AppraisalView(String currency, int horizonYears, BigDecimal discountRatePercent,
            BigDecimal plannedYearlyBenefit, BigDecimal realisedYearlyBenefit, BigDecimal initialCost,
            BigDecimal yearlyRunningCost, BigDecimal npvPlanned, BigDecimal npvRealised, BigDecimal paybackYearsPlanned,
            BigDecimal paybackYearsRealised, String plannedYearlyBenefitDisplay, String realisedYearlyBenefitDisplay,
            String initialCostDisplay, String npvPlannedDisplay, String npvRealisedDisplay, String paybackPlannedDisplay,
            String paybackRealisedDisplay) {
    }

    public record Option(String value, String label) {
    }

    /**
     * The "Gains" custom field's summary of an initiative (see {@code GainsFieldValue}): the number of gains, their mean
     * % realised, the worst status and the earliest next measurement; all but {@code gains} and {@code gainsDisplay} are
     * null without gains.
     */
    public record FieldSummary(int gains, String gainsDisplay, BigDecimal realisedPercent, String realisedPercentDisplay,
            String status, String statusName, String nextDue, String nextDueDisplay, boolean overdue) {

        /** The AUI lozenge class of {@link #status()}. */
        public String statusLozenge() {
            return GainLozenges.status(status);
        }
    }
}
