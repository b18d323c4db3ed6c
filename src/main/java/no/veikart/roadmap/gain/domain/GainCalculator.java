package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gain realisation calculations, one rule each.
 *
 * <ul>
 *   <li><b>Latest measurement</b>: the one with the latest date; on the same date, the higher id (recorded later).</li>
 *   <li><b>% realised</b> = (measured − baseline) / (target − baseline) × 100 with the latest measurement, rounded
 *       HALF_UP to 1 decimal; none without a measurement. It works the same for falling targets (fewer care hours).
 *       It is not clamped: above 100 is over-achievement, below 0 means the indicator moved away from the target.</li>
 *   <li><b>Planned %</b> at a date follows the valorisation diagram: with the default dip the plan falls linearly to
 *       −10 % (a loss of 10 % of the target improvement) at 20 % of the period from baseline date to target date, is
 *       back at 0 % at 35 %, then rises linearly to 100 % at the target date; 0 % before the baseline date and 100 %
 *       after the target date. Rounded HALF_UP to 1 decimal. Depth and timing are parameters ({@link ValorisationDip});
 *       without a dip it is the straight line from 0 % to 100 %.</li>
 *   <li><b>Status</b>, with R = % realised at the latest measurement and P = planned % at that measurement's date:
 *       NOT_STARTED without measurements; otherwise REALISED when R ≥ 100; otherwise AT_RISK when today is after the
 *       target date; otherwise ON_TRACK when R ≥ P − 10 (the tolerance, in percentage points), else AT_RISK.
 *       An overdue follow-up does not change the status; it is reported by {@link #isOverdue}.</li>
 *   <li><b>Trend</b>: IMPROVING, STEADY or WORSENING from the two latest measurement dates, read towards the target.</li>
 *   <li><b>Next measurement due</b> = date of the latest measurement (the baseline date before the first one) plus one
 *       period of the frequency (month ends clamp: 31 Jan + MONTHLY = 28/29 Feb). <b>Overdue</b> when due is before
 *       today.</li>
 *   <li><b>Yearly value</b>: values of monetised gains are read as amounts per year. Planned yearly value =
 *       |target − baseline|; realised yearly value = (measured − baseline) signed towards the target, so it is positive
 *       for an improvement and negative when things got worse.</li>
 *   <li><b>Money</b>: TIME gains in HOURS × the hourly rate, in the economics' currency; CURRENCY gains as they are,
 *       in their own currency, and left out of the economics (flagged) when that currency differs from the economics'
 *       — nothing is converted; TIME gains in hours without economics are flagged (no hourly rate); all other gains
 *       are not monetised. Money is rounded HALF_UP to 2 decimals.</li>
 *   <li><b>Totals</b> per initiative: planned vs realised yearly money per currency (and per gain type), and hours of
 *       all HOURS gains; a gain without measurements counts 0 realised.</li>
 *   <li><b>Cash flows</b>: year 0 = −investment − training cost (training hours per employee × employees × hourly
 *       rate); years 1…horizon = yearly benefit − yearly running cost.</li>
 *   <li><b>NPV</b> = Σ cash flow(t) / (1 + rate/100)^t for t = 0…horizon, rounded HALF_UP to 2 decimals.</li>
 *   <li><b>Payback</b> (years, 2 decimals): the first time from which the cumulative undiscounted cash flow is ≥ 0 and
 *       stays so up to the horizon, linear within the year it turns; 0 when it is never negative; none when it is
 *       negative at the horizon.</li>
 * </ul>
 */
public final class GainCalculator {
    public static final BigDecimal DEFAULT_TOLERANCE_POINTS = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL128;

    private final ValorisationDip dip;
    private final BigDecimal tolerancePoints;

    /** Default dip (10 % at 20 %, recovered at 35 %) and a tolerance of 10 percentage points. */
    public GainCalculator() {
        this(ValorisationDip.DEFAULT, DEFAULT_TOLERANCE_POINTS);
    }

    public GainCalculator(ValorisationDip dip, BigDecimal tolerancePoints) {
        this.dip = Objects.requireNonNull(dip, "dip");
        this.tolerancePoints = Objects.requireNonNull(tolerancePoints, "tolerancePoints");
    }

    public ValorisationDip dip() {
        return dip;
    }

    // ---- measurements, % realised, status -------------------------------------------------------------------------

    /** The latest measurement: latest date, then higher id, then later in the list. */
    public static Optional<Measurement> latest(List<Measurement> measurements) {
        Measurement best = null;
        for (Measurement m : measurements) {
            if (best == null || isLater(m, best)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isLater(Measurement m, Measurement than) {
        int byDate = m.date().compareTo(than.date());
        return byDate > 0 || (byDate == 0 && m.id() >= than.id());
    }

    /** (measured − baseline) / (target − baseline) × 100, HALF_UP to 1 decimal; null when {@code measurement} is null. */
    public BigDecimal realisedPercent(Gain gain, Measurement measurement) {
        if (measurement == null) {
            return null;
        }
        return percentOf(gain, measurement.value());
    }

    /** {@link #realisedPercent(Gain, Measurement)} with the latest of {@code measurements}. */
    public BigDecimal realisedPercent(Gain gain, List<Measurement> measurements) {
        return realisedPercent(gain, latest(measurements).orElse(null));
    }

    private static BigDecimal percentOf(Gain gain, BigDecimal value) {
        return value.subtract(gain.baselineValue()).multiply(HUNDRED)
                .divide(gain.targetValue().subtract(gain.baselineValue()), 1, RoundingMode.HALF_UP);
    }

    /** Planned % of the target improvement at {@code date} on the valorisation curve, HALF_UP to 1 decimal. */
    public BigDecimal plannedPercent(Gain gain, LocalDate date) {
        return plannedPercentExact(gain, date).setScale(1, RoundingMode.HALF_UP);
    }

    /** The indicator's planned value at {@code date}: baseline + planned % × (target − baseline), 4 decimals at most. */
    public BigDecimal plannedValue(Gain gain, LocalDate date) {
        return valueAt(gain, plannedPercentExact(gain, date));
    }

    private BigDecimal plannedPercentExact(Gain gain, LocalDate date) {
        long total = ChronoUnit.DAYS.between(gain.baselineDate(), gain.targetDate());
        long elapsed = ChronoUnit.DAYS.between(gain.baselineDate(), date);
        BigDecimal x = BigDecimal.valueOf(elapsed).multiply(HUNDRED).divide(BigDecimal.valueOf(total), MC);
        return curve(x);
    }

    /** The valorisation curve: planned % of the improvement at {@code x} % of the period. */
    private BigDecimal curve(BigDecimal x) {
        if (x.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        if (x.compareTo(HUNDRED) >= 0) {
            return HUNDRED;
        }
        BigDecimal depth = dip.depthPercent();
        BigDecimal bottom = dip.bottomAtPercent();
        BigDecimal recovered = dip.recoveredAtPercent();
        if (x.compareTo(bottom) < 0) {
            return depth.negate().multiply(x).divide(bottom, MC);
        }
        if (x.compareTo(recovered) < 0) {
            return depth.negate().multiply(recovered.subtract(x)).divide(recovered.subtract(bottom), MC);
        }
        return HUNDRED.multiply(x.subtract(recovered)).divide(HUNDRED.subtract(recovered), MC);
    }

    private static BigDecimal valueAt(Gain gain, BigDecimal percent) {
        BigDecimal delta = gain.targetValue().subtract(gain.baselineValue());
        return tidy(gain.baselineValue().add(delta.multiply(percent).divide(HUNDRED, MC)).setScale(4, RoundingMode.HALF_UP));
    }

    /**
     * NOT_STARTED without measurements; REALISED when % realised ≥ 100; AT_RISK when {@code today} is after the target
     * date; ON_TRACK when % realised ≥ planned % at the latest measurement's date − tolerance; AT_RISK otherwise.
     */
    public GainStatus status(Gain gain, List<Measurement> measurements, LocalDate today) {
        Optional<Measurement> latest = latest(measurements);
        if (latest.isEmpty()) {
            return GainStatus.NOT_STARTED;
        }
        BigDecimal realised = realisedPercent(gain, latest.get());
        if (realised.compareTo(HUNDRED) >= 0) {
            return GainStatus.REALISED;
        }
        if (today.isAfter(gain.targetDate())) {
            return GainStatus.AT_RISK;
        }
        BigDecimal planned = plannedPercent(gain, latest.get().date());
        return realised.compareTo(planned.subtract(tolerancePoints)) >= 0 ? GainStatus.ON_TRACK : GainStatus.AT_RISK;
    }

    /** Direction of the two latest measurement dates, towards the target; null with fewer than two dates. */
    public Trend trend(Gain gain, List<Measurement> measurements) {
        List<CurvePoint> points = actualCurve(measurements);
        if (points.size() < 2) {
            return null;
        }
        BigDecimal change = points.get(points.size() - 1).value().subtract(points.get(points.size() - 2).value());
        int towardsTarget = change.signum() * gain.direction();
        return towardsTarget > 0 ? Trend.IMPROVING : towardsTarget < 0 ? Trend.WORSENING : Trend.STEADY;
    }

    /** Latest measurement date (baseline date before the first measurement) plus one period of the gain's frequency. */
    public LocalDate nextMeasurementDue(Gain gain, List<Measurement> measurements) {
        LocalDate last = latest(measurements).map(Measurement::date).orElse(gain.baselineDate());
        return gain.frequency().next(last);
    }

    public boolean isOverdue(Gain gain, List<Measurement> measurements, LocalDate today) {
        return isOverdue(nextMeasurementDue(gain, measurements), today);
    }

    /** A measurement is overdue when it was due before today (due today is not overdue yet). */
    public static boolean isOverdue(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }

    /** All the derived values of one gain at {@code today}. */
    public GainProgress progress(Gain gain, List<Measurement> measurements, LocalDate today) {
        LocalDate due = nextMeasurementDue(gain, measurements);
        return new GainProgress(latest(measurements).orElse(null), realisedPercent(gain, measurements),
                status(gain, measurements, today), trend(gain, measurements), due, isOverdue(due, today));
    }

    // ---- yearly value and money -----------------------------------------------------------------------------------

    /** |target − baseline|: the planned improvement per year, in the gain's unit. */
    public BigDecimal plannedYearlyValue(Gain gain) {
        return gain.targetValue().subtract(gain.baselineValue()).abs();
    }

    /** (measured − baseline) signed towards the target: positive is an improvement, negative a loss; 0 without one. */
    public BigDecimal realisedYearlyValue(Gain gain, Measurement measurement) {
        if (measurement == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal delta = measurement.value().subtract(gain.baselineValue());
        return gain.direction() > 0 ? delta : delta.negate();
    }

    /**
     * An improvement of {@code gain} (in its unit, positive = better) in money: TIME gains in HOURS at the hourly rate
     * of {@code economics} (NO_HOURLY_RATE without economics), CURRENCY gains as they are (CURRENCY_MISMATCH when the
     * economics use another currency), other gains NOT_MONETISED. {@code economics} may be null.
     */
    public Monetisation monetise(Gain gain, BigDecimal improvement, Economics economics) {
        if (gain.unit() == Unit.CURRENCY) {
            Monetisation.Exclusion exclusion = economics != null && economics.currency() != gain.currency()
                    ? Monetisation.Exclusion.CURRENCY_MISMATCH : null;
            return new Monetisation(money(improvement), gain.currency(), exclusion);
        }
        if (gain.unit() == Unit.HOURS && gain.type() == GainType.TIME) {
            if (economics == null) {
                return new Monetisation(null, null, Monetisation.Exclusion.NO_HOURLY_RATE);
            }
            return new Monetisation(money(improvement.multiply(economics.hourlyRate())), economics.currency(), null);
        }
        return new Monetisation(null, null, Monetisation.Exclusion.NOT_MONETISED);
    }

    /** The realised yearly value at {@code measurement} in money. */
    public Monetisation monetise(Gain gain, Measurement measurement, Economics economics) {
        return monetise(gain, realisedYearlyValue(gain, measurement), economics);
    }

    /** The planned yearly value in money. */
    public Monetisation monetisePlanned(Gain gain, Economics economics) {
        return monetise(gain, plannedYearlyValue(gain), economics);
    }

    /**
     * Planned vs realised yearly value of an initiative's gains. {@code measurementsByGain} maps gain id to its
     * measurements (missing = none); {@code economics} may be null.
     */
    public GainTotals totals(List<Gain> gains, Map<Long, List<Measurement>> measurementsByGain, Economics economics) {
        Map<Currency, GainTotals.Amounts> money = new EnumMap<>(Currency.class);
        Map<GainType, Map<Currency, GainTotals.Amounts>> byType = new EnumMap<>(GainType.class);
        GainTotals.Amounts hours = GainTotals.Amounts.ZERO;
        List<GainTotals.Flag> flags = new ArrayList<>();
        for (Gain gain : gains) {
            Measurement latest = latest(measurementsByGain.getOrDefault(gain.id(), List.of())).orElse(null);
            BigDecimal realisedValue = realisedYearlyValue(gain, latest);
            if (gain.unit() == Unit.HOURS) {
                hours = hours.plus(new GainTotals.Amounts(plannedYearlyValue(gain), realisedValue));
            }
            Monetisation planned = monetisePlanned(gain, economics);
            Monetisation realised = monetise(gain, realisedValue, economics);
            if (planned.amount() != null) {
                GainTotals.Amounts amounts = new GainTotals.Amounts(planned.amount(), realised.amount());
                money.merge(planned.currency(), amounts, GainTotals.Amounts::plus);
                byType.computeIfAbsent(gain.type(), t -> new EnumMap<>(Currency.class))
                        .merge(planned.currency(), amounts, GainTotals.Amounts::plus);
            }
            if (planned.exclusion() == Monetisation.Exclusion.NO_HOURLY_RATE
                    || planned.exclusion() == Monetisation.Exclusion.CURRENCY_MISMATCH) {
                flags.add(new GainTotals.Flag(gain.id(), planned.exclusion()));
            }
        }
        return new GainTotals(money, hours, byType, flags);
    }

    // ---- economics ------------------------------------------------------------------------------------------------

    /** Year 0: −investment − training cost; years 1…horizon: yearly benefit − yearly running cost (unrounded). */
    public List<BigDecimal> cashFlows(Economics economics, BigDecimal yearlyBenefit) {
        List<BigDecimal> flows = new ArrayList<>(economics.horizonYears() + 1);
        flows.add(economics.investment().add(economics.trainingCost()).negate());
        BigDecimal net = yearlyBenefit.subtract(economics.yearlyRunningCost());
        for (int t = 1; t <= economics.horizonYears(); t++) {
            flows.add(net);
        }
        return flows;
    }

    /** Σ cash flow(t) / (1 + rate/100)^t for t = 0…horizon, HALF_UP to 2 decimals, in the economics' currency. */
    public BigDecimal npv(Economics economics, BigDecimal yearlyBenefit) {
        BigDecimal factor = BigDecimal.ONE.add(economics.discountRatePercent().divide(HUNDRED, MC));
        List<BigDecimal> flows = cashFlows(economics, yearlyBenefit);
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 0; t < flows.size(); t++) {
            sum = sum.add(flows.get(t).divide(factor.pow(t, MC), MC));
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Years until the cumulative undiscounted cash flow is ≥ 0 and stays so to the horizon (linear within the year it
     * turns, HALF_UP to 2 decimals); 0 when it is never negative; empty when it is negative at the horizon.
     */
    public Optional<BigDecimal> paybackYears(Economics economics, BigDecimal yearlyBenefit) {
        List<BigDecimal> flows = cashFlows(economics, yearlyBenefit);
        BigDecimal[] cumulative = new BigDecimal[flows.size()];
        BigDecimal sum = BigDecimal.ZERO;
        int lastNegative = -1;
        for (int t = 0; t < flows.size(); t++) {
            sum = sum.add(flows.get(t));
            cumulative[t] = sum;
            if (sum.signum() < 0) {
                lastNegative = t;
            }
        }
        if (lastNegative == flows.size() - 1) {
            return Optional.empty();
        }
        if (lastNegative < 0) {
            return Optional.of(BigDecimal.ZERO.setScale(2));
        }
        BigDecimal fraction = cumulative[lastNegative].negate().divide(flows.get(lastNegative + 1), MC);
        return Optional.of(BigDecimal.valueOf(lastNegative).add(fraction).setScale(2, RoundingMode.HALF_UP));
    }

    // ---- curves ---------------------------------------------------------------------------------------------------

    /**
     * The valorisation diagram: planned values from baseline date to target date at {@code points} evenly spaced days
     * (at least 2; both ends included), plus the dip's bottom and recovery days, sorted, one point per day.
     */
    public List<CurvePoint> plannedCurve(Gain gain, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2");
        }
        long total = ChronoUnit.DAYS.between(gain.baselineDate(), gain.targetDate());
        long n = Math.min(points, total + 1);
        TreeSet<Long> offsets = new TreeSet<>();
        for (long i = 0; i < n; i++) {
            offsets.add(BigDecimal.valueOf(i * total).divide(BigDecimal.valueOf(n - 1), 0, RoundingMode.HALF_UP).longValue());
        }
        offsets.add(total);
        for (BigDecimal at : List.of(dip.bottomAtPercent(), dip.recoveredAtPercent())) {
            if (at.signum() > 0) {
                offsets.add(at.multiply(BigDecimal.valueOf(total)).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValue());
            }
        }
        List<CurvePoint> curve = new ArrayList<>(offsets.size());
        for (long offset : offsets) {
            LocalDate date = gain.baselineDate().plusDays(offset);
            BigDecimal percent = plannedPercentExact(gain, date);
            curve.add(new CurvePoint(date, valueAt(gain, percent), percent.setScale(1, RoundingMode.HALF_UP)));
        }
        return curve;
    }

    /** Measured values by date (the latest measurement of a day), without percentages. */
    public List<CurvePoint> actualCurve(List<Measurement> measurements) {
        return actual(null, measurements);
    }

    /** Measured values by date (the latest measurement of a day) with % realised of each. */
    public List<CurvePoint> actualCurve(Gain gain, List<Measurement> measurements) {
        return actual(gain, measurements);
    }

    private static List<CurvePoint> actual(Gain gain, List<Measurement> measurements) {
        TreeMap<LocalDate, Measurement> byDate = new TreeMap<>();
        for (Measurement m : measurements) {
            byDate.merge(m.date(), m, (old, now) -> isLater(now, old) ? now : old);
        }
        List<CurvePoint> curve = new ArrayList<>(byDate.size());
        for (Measurement m : byDate.values()) {
            curve.add(new CurvePoint(m.date(), m.value(), gain == null ? null : percentOf(gain, m.value())));
        }
        return curve;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal tidy(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
