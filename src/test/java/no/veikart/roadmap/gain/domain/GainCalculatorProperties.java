package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The calculation rules over random gains, measurements and economics. */
class GainCalculatorProperties {
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    private final GainCalculator calc = new GainCalculator();

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(4)
                .map(GainValidator::normalise);
    }

    @Provide
    Arbitrary<Gain> gains() {
        Arbitrary<Long> startDay = Arbitraries.longs().between(0, 20_000);
        Arbitrary<Long> length = Arbitraries.longs().between(1, 5_000);
        return Combinators.combine(values(), values(), startDay, length, Arbitraries.of(Frequency.class))
                .as((b, t, s, l, f) -> new Gain(1, 1, GainType.TIME, "g", null, Unit.HOURS, null, b, EPOCH.plusDays(s),
                        b.compareTo(t) == 0 ? t.add(BigDecimal.ONE) : t, EPOCH.plusDays(s + l), null, null, f, 0));
    }

    @Provide
    Arbitrary<List<Measurement>> measurementLists() {
        Arbitrary<Measurement> one = Combinators.combine(Arbitraries.longs().between(0, 100), values(),
                Arbitraries.longs().between(0, 30_000)).as((id, v, day) -> new Measurement(id, 1, v, EPOCH.plusDays(day), "u", null));
        return one.list().ofMinSize(0).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Economics> economics() {
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000")).ofScale(2);
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
        Arbitrary<BigDecimal> hours = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1);
        return Combinators.combine(money, rate, Arbitraries.integers().between(1, 50), money, money, hours,
                Arbitraries.integers().between(0, 500))
                .as((hourly, r, horizon, investment, running, training, staff) -> new Economics(1,
                        hourly.divide(BigDecimal.valueOf(1000), 2, RoundingMode.HALF_UP), Currency.NOK, r, horizon,
                        investment, running, training, staff, 0));
    }

    private static Measurement at(Gain gain, BigDecimal value) {
        return new Measurement(1, gain.id(), value, gain.baselineDate(), "u", null);
    }

    // ---- % realised -----------------------------------------------------------------------------------------------

    @Property(tries = 1000)
    boolean realisedPercentIsZeroAtBaselineAndHundredAtTarget(@ForAll("gains") Gain gain) {
        return calc.realisedPercent(gain, at(gain, gain.baselineValue())).compareTo(BigDecimal.ZERO) == 0
                && calc.realisedPercent(gain, at(gain, gain.targetValue())).equals(new BigDecimal("100.0"));
    }

    @Property(tries = 1000)
    boolean realisedPercentGrowsAsTheValueMovesTowardsTheTarget(@ForAll("gains") Gain gain, @ForAll("values") BigDecimal a,
            @ForAll("values") BigDecimal b) {
        BigDecimal worse = gain.direction() > 0 ? a.min(b) : a.max(b);
        BigDecimal better = gain.direction() > 0 ? a.max(b) : a.min(b);
        return calc.realisedPercent(gain, at(gain, worse)).compareTo(calc.realisedPercent(gain, at(gain, better))) <= 0;
    }

    @Property(tries = 500)
    boolean realisedExactlyWhenTheLatestMeasurementReachesHundredPercent(@ForAll("gains") Gain gain,
            @ForAll("measurementLists") List<Measurement> ms, @ForAll @IntRange(min = 0, max = 40_000) int today) {
        GainStatus status = calc.status(gain, ms, EPOCH.plusDays(today));
        if (ms.isEmpty()) {
            return status == GainStatus.NOT_STARTED;
        }
        boolean reached = calc.realisedPercent(gain, ms).compareTo(new BigDecimal("100")) >= 0;
        return reached == (status == GainStatus.REALISED) && status != GainStatus.NOT_STARTED;
    }

    @Property(tries = 500)
    boolean plannedCurveRunsFromBaselineToTargetAndDipsNoDeeperThanTheDip(@ForAll("gains") Gain gain,
            @ForAll @IntRange(min = 2, max = 60) int points) {
        List<CurvePoint> curve = calc.plannedCurve(gain, points);
        CurvePoint first = curve.get(0);
        CurvePoint last = curve.get(curve.size() - 1);
        boolean sorted = true;
        for (int i = 1; i < curve.size(); i++) {
            sorted &= curve.get(i).date().isAfter(curve.get(i - 1).date());
        }
        return sorted && first.date().equals(gain.baselineDate()) && first.value().compareTo(gain.baselineValue()) == 0
                && last.date().equals(gain.targetDate()) && last.value().compareTo(gain.targetValue()) == 0
                && curve.stream().allMatch(p -> p.percent().compareTo(new BigDecimal("-10")) >= 0
                        && p.percent().compareTo(new BigDecimal("100")) <= 0);
    }

    // ---- due dates ------------------------------------------------------------------------------------------------

    @Property(tries = 1000)
    boolean nextDueIsAfterEveryMeasurementAndTheBaseline(@ForAll("gains") Gain gain,
            @ForAll("measurementLists") List<Measurement> ms) {
        LocalDate due = calc.nextMeasurementDue(gain, ms);
        return ms.stream().allMatch(m -> due.isAfter(m.date())) && (!ms.isEmpty() || due.isAfter(gain.baselineDate()));
    }

    @Property(tries = 1000)
    boolean frequencyStepsForwardByAtMostOnePeriod(@ForAll @IntRange(min = 0, max = 40_000) int day,
            @ForAll Frequency frequency) {
        LocalDate from = EPOCH.plusDays(day);
        LocalDate next = frequency.next(from);
        long maxDays = switch (frequency) {
            case WEEKLY -> 7;
            case MONTHLY -> 31;
            case QUARTERLY -> 92;
            case YEARLY -> 366;
        };
        return next.isAfter(from) && !next.isAfter(from.plusDays(maxDays));
    }

    // ---- NPV and payback ------------------------------------------------------------------------------------------

    @Property(tries = 500)
    boolean npvAtZeroRateIsTheUndiscountedSum(@ForAll("economics") Economics economics,
            @ForAll("values") BigDecimal benefit) {
        Economics undiscounted = new Economics(1, economics.hourlyRate(), economics.currency(), BigDecimal.ZERO,
                economics.horizonYears(), economics.investment(), economics.yearlyRunningCost(),
                economics.trainingHoursPerEmployee(), economics.employees(), 0);
        BigDecimal sum = calc.cashFlows(undiscounted, benefit).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return calc.npv(undiscounted, benefit).equals(sum.setScale(2, RoundingMode.HALF_UP));
    }

    @Property(tries = 500)
    boolean npvFallsWhenTheDiscountRateRises(@ForAll("economics") Economics economics,
            @ForAll @IntRange(min = 0, max = 9_999) int lowerBasisPoints, @ForAll @IntRange(min = 1, max = 10_000) int step,
            @ForAll @IntRange(min = 10_000, max = 10_000_000) int netPerYear) {
        int higherBasisPoints = Math.min(10_000, lowerBasisPoints + step);
        Assume.that(higherBasisPoints > lowerBasisPoints);
        BigDecimal benefit = economics.yearlyRunningCost().add(BigDecimal.valueOf(netPerYear));
        BigDecimal low = calc.npv(withRate(economics, lowerBasisPoints), benefit);
        BigDecimal high = calc.npv(withRate(economics, higherBasisPoints), benefit);
        return high.compareTo(low) < 0;
    }

    private static Economics withRate(Economics e, int basisPoints) {
        return new Economics(1, e.hourlyRate(), e.currency(), BigDecimal.valueOf(basisPoints, 2), e.horizonYears(),
                e.investment(), e.yearlyRunningCost(), e.trainingHoursPerEmployee(), e.employees(), 0);
    }

    @Property(tries = 1000)
    boolean paybackWithinTheHorizonExactlyWhenTheCumulativeSumEndsNonNegative(@ForAll("economics") Economics economics,
            @ForAll("values") BigDecimal benefit) {
        List<BigDecimal> flows = calc.cashFlows(economics, benefit);
        BigDecimal cumulative = flows.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<BigDecimal> payback = calc.paybackYears(economics, benefit);
        boolean inRange = payback.map(p -> p.signum() >= 0
                && p.compareTo(BigDecimal.valueOf(economics.horizonYears())) <= 0).orElse(true);
        return inRange && payback.isPresent() == (cumulative.signum() >= 0);
    }

    @Property(tries = 300)
    boolean paybackIsWhereTheLinearCumulativeCrossesZero(@ForAll("economics") Economics economics,
            @ForAll @IntRange(min = 1, max = 10_000_000) int netPerYear) {
        BigDecimal benefit = economics.yearlyRunningCost().add(BigDecimal.valueOf(netPerYear));
        BigDecimal upFront = economics.investment().add(economics.trainingCost());
        BigDecimal exact = upFront.divide(BigDecimal.valueOf(netPerYear), 2, RoundingMode.HALF_UP);
        Optional<BigDecimal> payback = calc.paybackYears(economics, benefit);
        boolean withinHorizon = upFront.compareTo(BigDecimal.valueOf(netPerYear).multiply(
                BigDecimal.valueOf(economics.horizonYears()))) <= 0;
        return withinHorizon ? payback.equals(Optional.of(exact)) : payback.isEmpty();
    }

    // ---- validator round trip -------------------------------------------------------------------------------------

    @Property(tries = 300)
    boolean numbersSentAsTextOrAsNumbersGiveTheSameGain(@ForAll("values") BigDecimal baseline,
            @ForAll("values") BigDecimal target) {
        Assume.that(baseline.compareTo(target) != 0);
        GainValidator validator = new GainValidator();
        Gain fromText = validator.validate(draft(baseline.toPlainString(), target.toPlainString()), 0, 1, 0);
        Gain fromNumbers = validator.validate(draft(baseline, target), 0, 1, 0);
        return fromText.equals(fromNumbers) && fromText.baselineValue().compareTo(baseline) == 0;
    }

    private static GainDraft draft(Object baseline, Object target) {
        return new GainDraft("COST", "t", null, "COUNT", null, new GainDraft.Point(baseline, "2024-01-01"),
                new GainDraft.Point(target, "2025-01-01"), null, null, "YEARLY");
    }
}
