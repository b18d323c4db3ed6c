package no.veikart.roadmap.gain.domain;

import static no.veikart.roadmap.gain.domain.Gains.d;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The rules that turn an initiative's gains into the values of its four searchable Jira fields. */
public class SearchValuesTest {
    private static final LocalDate DUE = LocalDate.of(2024, 3, 1);

    private static GainProgress progress(String percent, GainStatus status, LocalDate due) {
        return new GainProgress(null, percent == null ? null : d(percent), status, null, due, false);
    }

    private static SearchValues of(GainProgress... progress) {
        return SearchValues.of(List.of(progress), GainTotals.empty(), null);
    }

    @Test
    public void noGainsClearsEveryField() {
        assertSame(SearchValues.EMPTY, SearchValues.of(List.of(), GainTotals.empty(), Gains.kertemindeEconomics()));
        assertNull(SearchValues.EMPTY.realisedPercent());
        assertNull(SearchValues.EMPTY.status());
        assertNull(SearchValues.EMPTY.nextFollowUp());
        assertNull(SearchValues.EMPTY.realisedValue());
    }

    @Test
    public void realisedPercentIsTheMeanOfTheGainsCappedBetweenZeroAndHundred() {
        assertEquals(d("50.0"), of(progress("40", GainStatus.ON_TRACK, DUE), progress("60", GainStatus.ON_TRACK, DUE))
                .realisedPercent());
        // Over-achievement counts 100: 250 % on one gain cannot hide a gain that has not moved.
        assertEquals(d("50.0"), of(progress("250", GainStatus.REALISED, DUE), progress("0", GainStatus.AT_RISK, DUE))
                .realisedPercent());
        // A gain that moved away from its target, or has no measurement yet, counts 0.
        assertEquals(d("25.0"), of(progress("-40", GainStatus.AT_RISK, DUE), progress(null, GainStatus.NOT_STARTED, DUE),
                progress("100", GainStatus.REALISED, DUE), progress(null, GainStatus.NOT_STARTED, DUE)).realisedPercent());
    }

    @Test
    public void realisedPercentRoundsHalfUpToOneDecimal() {
        assertEquals(d("37.1"), of(progress("74.1", GainStatus.AT_RISK, DUE), progress(null, GainStatus.NOT_STARTED, DUE))
                .realisedPercent());
        assertEquals(d("33.3"), of(progress("100", GainStatus.REALISED, DUE), progress("0", GainStatus.ON_TRACK, DUE),
                progress("0", GainStatus.ON_TRACK, DUE)).realisedPercent());
        assertEquals(1, of(progress("12", GainStatus.ON_TRACK, DUE)).realisedPercent().scale());
    }

    @Test
    public void statusIsTheWorstInTheOrderAtRiskOnTrackNotStartedRealised() {
        List<GainStatus> order = List.of(GainStatus.AT_RISK, GainStatus.ON_TRACK, GainStatus.NOT_STARTED, GainStatus.REALISED);
        for (int worst = 0; worst < order.size(); worst++) {
            List<GainProgress> gains = new ArrayList<>();
            for (int i = order.size() - 1; i >= worst; i--) {
                gains.add(progress("10", order.get(i), DUE));
            }
            assertEquals(order.get(worst), SearchValues.of(gains, GainTotals.empty(), null).status());
        }
        assertEquals(GainStatus.REALISED, of(progress("100", GainStatus.REALISED, DUE)).status());
        assertEquals(GainStatus.ON_TRACK, of(progress(null, GainStatus.NOT_STARTED, DUE),
                progress("30", GainStatus.ON_TRACK, DUE)).status());
    }

    @Test
    public void nextFollowUpIsTheEarliestDueDateOverdueIncluded() {
        LocalDate overdue = LocalDate.of(2021, 2, 1);
        assertEquals(overdue, of(progress("10", GainStatus.ON_TRACK, DUE), progress("100", GainStatus.REALISED, overdue),
                progress(null, GainStatus.NOT_STARTED, DUE.plusDays(1))).nextFollowUp());
    }

    @Test
    public void realisedValueIsTheRealisedMoneyInTheEconomicsCurrency() {
        GainCalculator calculator = new GainCalculator();
        Gain hours = Gains.kerteminde();
        Gain nok = new Gain(8, 1, GainType.COST, "Vikarer", null, Unit.CURRENCY, Currency.NOK, d("1000"),
                Gains.KERTEMINDE_BASELINE_DATE, d("0"), Gains.KERTEMINDE_TARGET_DATE, null, null, Frequency.QUARTERLY, 0);
        Gain dkk = new Gain(9, 1, GainType.COST, "Vikarer", null, Unit.CURRENCY, Currency.DKK, d("1000"),
                Gains.KERTEMINDE_BASELINE_DATE, d("0"), Gains.KERTEMINDE_TARGET_DATE, null, null, Frequency.QUARTERLY, 0);
        Map<Long, List<Measurement>> measurements = Map.of(
                7L, List.of(Gains.measurement(1, 7, "14000.5", LocalDate.of(2021, 6, 30))),
                8L, List.of(Gains.measurement(2, 8, "0", LocalDate.of(2021, 6, 30))),
                9L, List.of(Gains.measurement(3, 9, "400", LocalDate.of(2021, 6, 30))));
        List<Gain> gains = List.of(hours, nok, dkk);
        LocalDate today = LocalDate.of(2021, 7, 1);
        List<GainProgress> progress = gains.stream()
                .map(g -> calculator.progress(g, measurements.getOrDefault(g.id(), List.of()), today)).toList();
        Economics economics = Gains.kertemindeEconomics();

        SearchValues values = SearchValues.of(progress, calculator.totals(gains, measurements, economics), economics);
        // 999.5 h × 750 DKK + 600 DKK; the NOK gain is never converted, so it is left out.
        assertEquals(new BigDecimal("750225.00"), values.realisedValue());
        assertEquals(Currency.DKK, values.currency());

        SearchValues withoutEconomics = SearchValues.of(progress, calculator.totals(gains, measurements, null), null);
        assertNull(withoutEconomics.realisedValue());
        assertNull(withoutEconomics.currency());
    }

    @Test
    public void anOverviewGivesTheSameValues() {
        GainCalculator calculator = new GainCalculator();
        Gain gain = Gains.kerteminde();
        List<Measurement> measured = List.of(Gains.measurement(1, 7, "14000", LocalDate.of(2021, 12, 31)));
        LocalDate today = LocalDate.of(2022, 1, 10);
        GainProgress progress = calculator.progress(gain, measured, today);
        TrackedGain tracked = new TrackedGain(gain, measured, progress, null, null, null, null, null, List.of(), List.of());
        GainTotals totals = calculator.totals(List.of(gain), Map.of(7L, measured), Gains.kertemindeEconomics());
        GainOverview overview = new GainOverview(null, List.of(tracked), Gains.kertemindeEconomics(), totals, null, true, today);

        SearchValues values = SearchValues.of(overview);
        assertEquals(d("74.1"), values.realisedPercent());
        assertEquals(GainStatus.AT_RISK, values.status());
        assertEquals(LocalDate.of(2022, 1, 31), values.nextFollowUp());
        assertEquals(new BigDecimal("750000.00"), values.realisedValue());
    }
}
