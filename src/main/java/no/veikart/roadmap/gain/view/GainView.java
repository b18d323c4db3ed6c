package no.veikart.roadmap.gain.view;

import java.math.BigDecimal;
import java.util.List;

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
        String currency, GainPointView baseline, GainPointView target, String owner, String ownerName, String method, String frequency, String frequencyName,
        List<GainMeasurementView> measurements, GainMeasurementView latest, BigDecimal realisedPercent, String realisedPercentDisplay,
        BigDecimal plannedPercentToday, String status, String statusName, String trend, String trendName,
        String nextMeasurementDue, String nextMeasurementDueDisplay, boolean overdue, BigDecimal plannedYearlyValue,
        String plannedYearlyValueDisplay, BigDecimal realisedYearlyValue, String realisedYearlyValueDisplay, GainMoneyView plannedYearly,
        GainMoneyView realisedYearly, String moneyExclusion, List<GainCurvePointView> plannedCurve, List<GainCurvePointView> actualCurve,
        long version) {
    /** How many measurements a card lists before its "show all" button. */
    public static final int LISTED_MEASUREMENTS = 10;

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

    /**
     * The latest {@value #LISTED_MEASUREMENTS} measurements, oldest first, which the card's history lists; its "show
     * all" button reads the others through {@code GET /initiatives/{key}/gains/{id}} (a weekly gain has hundreds).
     */
    public List<GainMeasurementView> listedMeasurements() {
        return measurements.subList(unlistedMeasurements(), measurements.size());
    }

    /** How many older measurements the card's history leaves out. */
    public int unlistedMeasurements() {
        return Math.max(0, measurements.size() - LISTED_MEASUREMENTS);
    }
}
