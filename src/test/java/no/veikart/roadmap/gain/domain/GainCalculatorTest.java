package no.veikart.roadmap.gain.domain;

import static no.veikart.roadmap.gain.domain.Gains.d;
import static no.veikart.roadmap.gain.domain.Gains.measurement;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class GainCalculatorTest {
    private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate Y2025 = LocalDate.of(2025, 1, 1); // 366 days later

    private final GainCalculator calc = new GainCalculator();

    // ---- Kerteminde DigiRehab -------------------------------------------------------------------------------------

    @Test
    public void kertemindeFallingCareHoursAreRealisedPercent() {
        Gain gain = Gains.kerteminde();

        assertEquals(d("0.0"), calc.realisedPercent(gain, measurement(1, 7, "15000", LocalDate.of(2020, 2, 1))));
        assertEquals(d("50.0"), calc.realisedPercent(gain, measurement(2, 7, "14325", LocalDate.of(2021, 1, 1))));
        assertEquals(d("100.0"), calc.realisedPercent(gain, measurement(3, 7, "13650", LocalDate.of(2021, 12, 31))));
        assertEquals("over-achievement is not clamped", d("111.1"),
                calc.realisedPercent(gain, measurement(4, 7, "13500", LocalDate.of(2021, 12, 31))));
        assertEquals("more care hours is going the wrong way", d("-10.0"),
                calc.realisedPercent(gain, measurement(5, 7, "15135", LocalDate.of(2020, 6, 1))));
        assertNull(calc.realisedPercent(gain, (Measurement) null));
    }

    @Test
    public void kertemindeSavesMoreThanAMillionKroner() {
        Gain gain = Gains.kerteminde();
        Economics economics = Gains.kertemindeEconomics();
        Measurement end2021 = measurement(3, 7, "13650", LocalDate.of(2021, 12, 31));

        assertEquals(d("1350"), calc.plannedYearlyValue(gain));
        assertEquals("50 citizens × 27 h", d("1350"), calc.realisedYearlyValue(gain, end2021));
        Monetisation money = calc.monetise(gain, end2021, economics);
        assertEquals("1 350 h × DKK 750", d("1012500.00"), money.amount());
        assertEquals(Currency.DKK, money.currency());
        assertTrue(money.included());
        assertTrue(money.amount().compareTo(d("1000000")) > 0);
        assertEquals(GainStatus.REALISED, calc.status(gain, List.of(end2021), LocalDate.of(2022, 1, 10)));
    }

    @Test
    public void kertemindeNpvAndPayback() {
        Economics economics = Gains.kertemindeEconomics(); // 500 000 invested, 4 h × 60 staff × 750 training, 100 000/yr
        BigDecimal benefit = d("1012500");

        assertEquals(d("180000"), economics.trainingCost());
        assertEquals(List.of(d("-680000"), d("912500"), d("912500"), d("912500"), d("912500"), d("912500")),
                calc.cashFlows(economics, benefit));
        assertEquals(d("3382287.88"), calc.npv(economics, benefit));
        assertEquals("680 000 / 912 500 = 0.745", Optional.of(d("0.75")), calc.paybackYears(economics, benefit));
    }

    // ---- status ---------------------------------------------------------------------------------------------------

    @Test
    public void statusIsNotStartedWithoutMeasurements() {
        assertEquals(GainStatus.NOT_STARTED, calc.status(Gains.kerteminde(), List.of(), LocalDate.of(2030, 1, 1)));
    }

    @Test
    public void theValorisationDipIsAllowedEarlyOn() {
        Gain gain = Gains.gain("0", Y2024, "1000", Y2025);
        LocalDate atBottom = Y2024.plusDays(73); // 20 % of 366 days
        List<Measurement> dipped = List.of(measurement(1, 1, "-150", atBottom)); // −15 %

        assertEquals(d("-10.0"), calc.plannedPercent(gain, atBottom));
        assertEquals("−15 ≥ −10 − 10", GainStatus.ON_TRACK, calc.status(gain, dipped, atBottom));
        GainCalculator straightLine = new GainCalculator(ValorisationDip.NONE, BigDecimal.TEN);
        assertEquals(d("19.9"), straightLine.plannedPercent(gain, atBottom));
        assertEquals(GainStatus.AT_RISK, straightLine.status(gain, dipped, atBottom));
        assertEquals(GainStatus.AT_RISK, calc.status(gain, List.of(measurement(1, 1, "-201", atBottom)), atBottom));
    }

    @Test
    public void onTrackWithinTenPointsOfThePlannedPace() {
        Gain gain = Gains.gain("0", Y2024, "1000", Y2025);
        LocalDate halfway = Y2024.plusDays(183); // 50 % of the period: planned 100 × (50 − 35) / 65 = 23.1

        assertEquals(d("23.1"), calc.plannedPercent(gain, halfway));
        assertEquals(GainStatus.ON_TRACK, calc.status(gain, List.of(measurement(1, 1, "131", halfway)), halfway));
        assertEquals(GainStatus.AT_RISK, calc.status(gain, List.of(measurement(1, 1, "130", halfway)), halfway));
        assertEquals(GainStatus.REALISED, calc.status(gain, List.of(measurement(1, 1, "1000", halfway)), halfway));
    }

    @Test
    public void atRiskOnceTheTargetDateHasPassedUnlessRealised() {
        Gain gain = Gains.gain("0", Y2024, "1000", Y2025);
        List<Measurement> ms = List.of(measurement(1, 1, "950", Y2025.minusDays(1)));

        assertEquals(GainStatus.ON_TRACK, calc.status(gain, ms, Y2025));
        assertEquals(GainStatus.AT_RISK, calc.status(gain, ms, Y2025.plusDays(1)));
        assertEquals(GainStatus.REALISED,
                calc.status(gain, List.of(measurement(2, 1, "1000", Y2025)), Y2025.plusYears(1)));
    }

    @Test
    public void theLatestMeasurementCountsByDateThenId() {
        Gain gain = Gains.gain("0", Y2024, "100", Y2025);
        List<Measurement> ms = List.of(measurement(5, 1, "80", LocalDate.of(2024, 6, 1)),
                measurement(2, 1, "10", LocalDate.of(2024, 3, 1)), measurement(3, 1, "70", LocalDate.of(2024, 6, 1)));

        assertEquals(5, GainCalculator.latest(ms).orElseThrow().id());
        assertEquals(d("80.0"), calc.realisedPercent(gain, ms));
        assertEquals(Trend.IMPROVING, calc.trend(gain, ms));
        assertEquals(Trend.WORSENING, calc.trend(Gains.kerteminde(), List.of(measurement(1, 7, "14000",
                LocalDate.of(2020, 5, 1)), measurement(2, 7, "14100", LocalDate.of(2020, 6, 1)))));
        assertNull(calc.trend(gain, List.of(ms.get(0))));
    }

    @Test
    public void progressBundlesTheDerivedValues() {
        Gain gain = Gains.kerteminde();
        List<Measurement> ms = List.of(measurement(1, 7, "14325", LocalDate.of(2021, 1, 1)));

        GainProgress p = calc.progress(gain, ms, LocalDate.of(2021, 2, 2));

        assertEquals(d("50.0"), p.realisedPercent());
        assertEquals(GainStatus.ON_TRACK, p.status());
        assertEquals(LocalDate.of(2021, 2, 1), p.nextMeasurementDue());
        assertTrue(p.overdue());
        assertNull(p.trend());
    }

    // ---- due dates ------------------------------------------------------------------------------------------------

    @Test
    public void nextDueForEachFrequencyIncludingMonthEnds() {
        LocalDate jan31 = LocalDate.of(2023, 1, 31);
        assertEquals(LocalDate.of(2023, 2, 7), Frequency.WEEKLY.next(jan31));
        assertEquals(LocalDate.of(2023, 2, 28), Frequency.MONTHLY.next(jan31));
        assertEquals(LocalDate.of(2024, 2, 29), Frequency.MONTHLY.next(LocalDate.of(2024, 1, 31)));
        assertEquals(LocalDate.of(2023, 4, 30), Frequency.MONTHLY.next(LocalDate.of(2023, 3, 31)));
        assertEquals(LocalDate.of(2023, 4, 30), Frequency.QUARTERLY.next(jan31));
        assertEquals(LocalDate.of(2024, 2, 29), Frequency.QUARTERLY.next(LocalDate.of(2023, 11, 30)));
        assertEquals(LocalDate.of(2024, 1, 31), Frequency.YEARLY.next(jan31));
        assertEquals(LocalDate.of(2025, 2, 28), Frequency.YEARLY.next(LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2024, 1, 4), Frequency.WEEKLY.next(LocalDate.of(2023, 12, 28)));
    }

    @Test
    public void nextDueStartsFromTheBaselineAndThenFromTheLatestMeasurement() {
        Gain gain = Gains.gain(1, GainType.TIME, Unit.HOURS, null, "10", LocalDate.of(2024, 1, 31), "5",
                LocalDate.of(2025, 1, 31), Frequency.MONTHLY);

        assertEquals(LocalDate.of(2024, 2, 29), calc.nextMeasurementDue(gain, List.of()));
        List<Measurement> ms = List.of(measurement(1, 1, "9", LocalDate.of(2024, 3, 31)),
                measurement(2, 1, "9", LocalDate.of(2024, 2, 29)));
        assertEquals(LocalDate.of(2024, 4, 30), calc.nextMeasurementDue(gain, ms));
        assertFalse("due today is not overdue", calc.isOverdue(gain, ms, LocalDate.of(2024, 4, 30)));
        assertTrue(calc.isOverdue(gain, ms, LocalDate.of(2024, 5, 1)));
    }

    // ---- money and totals -----------------------------------------------------------------------------------------

    @Test
    public void onlyTimeHoursAndCurrencyAreMonetisedAndNothingIsConverted() {
        Economics dkk = Gains.kertemindeEconomics();
        Gain nokCost = Gains.gain(2, GainType.COST, Unit.CURRENCY, Currency.NOK, "500000", Y2024, "400000", Y2025,
                Frequency.QUARTERLY);
        Gain dkkCost = Gains.gain(3, GainType.COST, Unit.CURRENCY, Currency.DKK, "500000", Y2024, "400000", Y2025,
                Frequency.QUARTERLY);
        Gain score = Gains.gain(4, GainType.QUALITY, Unit.SCORE, null, "3", Y2024, "4", Y2025, Frequency.YEARLY);
        Gain costHours = Gains.gain(5, GainType.COST, Unit.HOURS, null, "100", Y2024, "50", Y2025, Frequency.YEARLY);

        assertEquals(new Monetisation(d("100000.00"), Currency.DKK, null), calc.monetisePlanned(dkkCost, dkk));
        assertEquals(new Monetisation(d("100000.00"), Currency.NOK, Monetisation.Exclusion.CURRENCY_MISMATCH),
                calc.monetisePlanned(nokCost, dkk));
        assertEquals(new Monetisation(d("100000.00"), Currency.NOK, null), calc.monetisePlanned(nokCost, null));
        assertEquals(Monetisation.Exclusion.NOT_MONETISED, calc.monetisePlanned(score, dkk).exclusion());
        assertEquals(Monetisation.Exclusion.NOT_MONETISED, calc.monetisePlanned(costHours, dkk).exclusion());
        assertEquals(Monetisation.Exclusion.NO_HOURLY_RATE, calc.monetisePlanned(Gains.kerteminde(), null).exclusion());
        assertEquals("a worse value is a negative amount", d("-7500.00"),
                calc.monetise(Gains.kerteminde(), measurement(1, 7, "15010", Y2024), dkk).amount());
    }

    @Test
    public void totalsPerCurrencyAndHours() {
        Economics dkk = Gains.kertemindeEconomics();
        Gain care = Gains.kerteminde();
        Gain dkkCost = Gains.gain(3, GainType.COST, Unit.CURRENCY, Currency.DKK, "500000", Y2024, "400000", Y2025,
                Frequency.QUARTERLY);
        Gain nokCost = Gains.gain(2, GainType.COST, Unit.CURRENCY, Currency.NOK, "200", Y2024, "100", Y2025,
                Frequency.QUARTERLY);
        Gain score = Gains.gain(4, GainType.QUALITY, Unit.SCORE, null, "3", Y2024, "4", Y2025, Frequency.YEARLY);
        Map<Long, List<Measurement>> ms = Map.of(
                7L, List.of(measurement(1, 7, "14325", LocalDate.of(2021, 1, 1))),
                3L, List.of(measurement(2, 3, "480000", LocalDate.of(2024, 6, 1))),
                4L, List.of(measurement(3, 4, "3.5", LocalDate.of(2024, 6, 1))));

        GainTotals totals = calc.totals(List.of(care, dkkCost, nokCost, score), ms, dkk);

        assertEquals(new GainTotals.Amounts(d("1112500.00"), d("526250.00")), totals.money().get(Currency.DKK));
        assertEquals(new GainTotals.Amounts(d("100.00"), d("0.00")), totals.money().get(Currency.NOK));
        assertEquals(new GainTotals.Amounts(d("1350"), d("675")), totals.hours());
        assertEquals(d("506250.00"), totals.moneyByType().get(GainType.TIME).get(Currency.DKK).realised());
        assertEquals(d("20000.00"), totals.moneyByType().get(GainType.COST).get(Currency.DKK).realised());
        assertEquals(List.of(new GainTotals.Flag(2, Monetisation.Exclusion.CURRENCY_MISMATCH)), totals.flags());
        assertEquals(d("47.3"), totals.money().get(Currency.DKK).realisedPercent());
        assertEquals(d("1112500.00"), totals.plannedMoney(Currency.DKK));
        assertEquals(BigDecimal.ZERO, totals.realisedMoney(Currency.SEK));

        GainTotals noEconomics = calc.totals(List.of(care), Map.of(), null);
        assertTrue(noEconomics.money().isEmpty());
        assertEquals(new GainTotals.Amounts(d("1350"), BigDecimal.ZERO), noEconomics.hours());
        assertEquals(List.of(new GainTotals.Flag(7, Monetisation.Exclusion.NO_HOURLY_RATE)), noEconomics.flags());

        GainTotals portfolio = totals.plus(totals);
        assertEquals(d("2225000.00"), portfolio.plannedMoney(Currency.DKK));
        assertEquals(2, portfolio.flags().size());
    }

    // ---- NPV and payback ------------------------------------------------------------------------------------------

    @Test
    public void paybackIsLinearWithinTheYearAndEmptyWhenNever() {
        Economics e = Gains.economics("500", "4", 5, "1000000", "50000");

        assertEquals("1 000 000 / 250 000", Optional.of(d("4.00")), calc.paybackYears(e, d("300000")));
        assertEquals(Optional.of(d("2.50")), calc.paybackYears(e, d("450000")));
        assertEquals(Optional.empty(), calc.paybackYears(e, d("240000")));
        assertEquals(Optional.empty(), calc.paybackYears(e, d("10000")));
        Economics free = Gains.economics("500", "4", 5, "0", "0");
        assertEquals(Optional.of(d("0.00")), calc.paybackYears(free, d("1")));
        assertEquals(Optional.empty(), calc.paybackYears(free, d("-1")));
    }

    @Test
    public void npvDiscountsYearsOneToHorizon() {
        Economics e = Gains.economics("500", "10", 2, "1000", "0");
        // −1000 + 1100 / 1.1 + 1100 / 1.21 = −1000 + 1000 + 909.09
        assertEquals(d("909.09"), calc.npv(e, d("1100")));
        assertEquals(d("1200.00"), calc.npv(Gains.economics("500", "0", 2, "1000", "0"), d("1100")));
        assertEquals("default rate is 4 %", d("4"), new Economics(1, d("1"), Currency.SEK, null, 1, null, null, null, 0, 0)
                .discountRatePercent());
    }

    // ---- curves ---------------------------------------------------------------------------------------------------

    @Test
    public void plannedCurveShowsTheDipThenTheGains() {
        Gain gain = Gains.gain("100", Y2024, "200", Y2025);

        List<CurvePoint> curve = calc.plannedCurve(gain, 5);

        assertEquals(List.of(Y2024, Y2024.plusDays(73), Y2024.plusDays(92), Y2024.plusDays(128), Y2024.plusDays(183),
                Y2024.plusDays(275), Y2025), curve.stream().map(CurvePoint::date).toList());
        assertEquals(new CurvePoint(Y2024, d("100"), d("0.0")), curve.get(0));
        assertEquals(new CurvePoint(Y2025, d("200"), d("100.0")), curve.get(curve.size() - 1));
        assertEquals(d("-10.0"), curve.get(1).percent());
        assertEquals(d("90.0273"), curve.get(1).value());
        assertEquals(d("0.0"), curve.get(3).percent());
    }

    @Test
    public void plannedCurveOfFallingCareHoursRisesFirst() {
        List<CurvePoint> curve = calc.plannedCurve(Gains.kerteminde(), 2);

        assertEquals(4, curve.size());
        assertEquals(d("15000"), curve.get(0).value());
        assertTrue("the dip means more care hours for a while", curve.get(1).value().compareTo(d("15130")) > 0);
        assertEquals(d("13650"), curve.get(3).value());
        assertEquals(2, new GainCalculator(ValorisationDip.NONE, BigDecimal.TEN).plannedCurve(Gains.kerteminde(), 2).size());
        assertThrows(IllegalArgumentException.class, () -> calc.plannedCurve(Gains.kerteminde(), 1));
    }

    @Test
    public void actualCurveKeepsTheLatestMeasurementOfADay() {
        Gain gain = Gains.gain("0", Y2024, "100", Y2025);
        List<Measurement> ms = List.of(measurement(4, 1, "30", LocalDate.of(2024, 5, 1)),
                measurement(3, 1, "20", LocalDate.of(2024, 5, 1)), measurement(1, 1, "10", LocalDate.of(2024, 2, 1)));

        assertEquals(List.of(new CurvePoint(LocalDate.of(2024, 2, 1), d("10"), d("10.0")),
                new CurvePoint(LocalDate.of(2024, 5, 1), d("30"), d("30.0"))), calc.actualCurve(gain, ms));
        assertNull(calc.actualCurve(ms).get(0).percent());
    }

    @Test
    public void gainGuardsTheInvariantsTheCalculationsNeed() {
        assertThrows(IllegalArgumentException.class, () -> Gains.gain("5", Y2024, "5.0", Y2025));
        assertThrows(IllegalArgumentException.class, () -> Gains.gain("5", Y2024, "6", Y2024));
        assertThrows(IllegalArgumentException.class, () -> Gains.gain(1, GainType.COST, Unit.CURRENCY, null, "1", Y2024,
                "2", Y2025, Frequency.YEARLY));
        assertThrows(IllegalArgumentException.class, () -> Gains.gain(1, GainType.COST, Unit.COUNT, Currency.NOK, "1",
                Y2024, "2", Y2025, Frequency.YEARLY));
        assertThrows(IllegalArgumentException.class, () -> ValorisationDip.of(10, 0, 35));
        assertThrows(IllegalArgumentException.class, () -> ValorisationDip.of(10, 40, 35));
    }
}
