package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.InputRules;
import no.veikart.roadmap.common.domain.RoadmapException;

/**
 * Checks gain, measurement and economics input once, at the boundary, and names every failing field with its JSON name
 * (e.g. {@code target.date}); throws {@link RoadmapException.Invalid} with all of them.
 *
 * <p>Numbers: a JSON number or a number as text; finite, at most {@value #MAX_DECIMALS} decimals, size below 10^12.
 * Values are normalised (trailing zeros stripped, never in exponent form). Text, enum names and dates go through
 * {@link FieldChecks}, the checks every feature shares (dates as {@link InputRules} reads them).
 */
public final class GainValidator {
    public static final int MAX_TITLE = 255;
    public static final int MAX_INDICATOR = 255;
    public static final int MAX_OWNER = 255;
    public static final int MAX_METHOD = 2000;
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_DECIMALS = 4;
    public static final int MAX_EMPLOYEES = 1_000_000;
    /** Numbers must stay strictly below this in size. */
    public static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000000");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final String REQUIRED = FieldChecks.REQUIRED;
    public static final String TOO_LONG = FieldChecks.TOO_LONG;
    public static final String OUT_OF_RANGE = FieldChecks.OUT_OF_RANGE;
    public static final String INVALID_DATE = FieldChecks.INVALID_DATE;
    public static final String INVALID_VALUE = FieldChecks.INVALID_VALUE;
    public static final String UNKNOWN_VALUE = FieldChecks.UNKNOWN_VALUE;
    public static final String NOT_A_NUMBER = "roadmap.error.notANumber";
    public static final String TOO_MANY_DECIMALS = "roadmap.error.tooManyDecimals";
    public static final String TOO_LARGE = "roadmap.error.tooLarge";
    public static final String NOT_A_WHOLE_NUMBER = "roadmap.error.notAWholeNumber";
    public static final String NEGATIVE = "roadmap.error.negative";
    public static final String DATE_ORDER = "roadmap.error.dateOrder";
    public static final String IN_FUTURE = "roadmap.error.inFuture";
    public static final String TARGET_EQUALS_BASELINE = "roadmap.gain.error.targetEqualsBaseline";
    public static final String CURRENCY_NOT_ALLOWED = "roadmap.gain.error.currencyNotAllowed";
    public static final String BEFORE_BASELINE = "roadmap.gain.error.beforeBaseline";
    public static final String MEASUREMENTS_OUT_OF_RANGE = "roadmap.gain.error.measurementsOutOfRange";
    public static final String MEASUREMENTS_BEFORE_BASELINE = "roadmap.gain.error.measurementsBeforeBaseline";

    /** A new or changed gain. {@code ownerKey} is the resolved Jira user key of {@code draft.owner()} (or the raw text). */
    public Gain validate(GainDraft draft, long id, long initiativeId, long version) {
        Errors e = new Errors();
        GainDraft d = draft == null ? new GainDraft(null, null, null, null, null, null, null, null, null, null) : draft;
        GainDraft.Point baseline = d.baseline() == null ? new GainDraft.Point(null, null) : d.baseline();
        GainDraft.Point target = d.target() == null ? new GainDraft.Point(null, null) : d.target();

        GainType type = e.enumValue(d.type(), GainType.class, "type", true);
        String title = e.text(d.title(), "title", MAX_TITLE, true, false);
        String indicator = e.text(d.indicator(), "indicator", MAX_INDICATOR, false, false);
        Unit unit = e.enumValue(d.unit(), Unit.class, "unit", true);
        Currency currency;
        if (unit == null || unit == Unit.CURRENCY) {
            currency = e.enumValue(d.currency(), Currency.class, "currency", unit == Unit.CURRENCY);
        } else {
            currency = null;
            if (trim(d.currency()) != null) {
                e.add("currency", CURRENCY_NOT_ALLOWED, label("currency"));
            }
        }
        BigDecimal baselineValue = e.value(baseline.value(), "baseline.value", unit);
        LocalDate baselineDate = e.date(baseline.date(), "baseline.date", true);
        BigDecimal targetValue = e.value(target.value(), "target.value", unit);
        if (baselineValue != null && targetValue != null && baselineValue.compareTo(targetValue) == 0) {
            e.add("target.value", TARGET_EQUALS_BASELINE);
        }
        LocalDate targetDate = e.date(target.date(), "target.date", true);
        if (baselineDate != null && targetDate != null && !targetDate.isAfter(baselineDate)) {
            e.add("target.date", DATE_ORDER, label("target.date"), label("baseline.date"));
        }
        String owner = e.text(d.owner(), "owner", MAX_OWNER, false, false);
        String method = e.text(d.method(), "method", MAX_METHOD, false, true);
        Frequency frequency = e.enumValue(d.frequency(), Frequency.class, "frequency", true);
        e.throwIfAny();
        return new Gain(id, initiativeId, type, title, indicator, unit, currency, baselineValue, baselineDate, targetValue,
                targetDate, owner, method, frequency, version);
    }

    /**
     * A measurement of {@code gain}: value required (0…100 for PERCENT), date required, not before the baseline date
     * and not after {@code today}; comment optional.
     */
    public Measurement validate(MeasurementDraft draft, Gain gain, LocalDate today, long id, String recordedByKey) {
        Errors e = new Errors();
        MeasurementDraft d = draft == null ? new MeasurementDraft(null, null, null) : draft;
        BigDecimal value = e.value(d.value(), "value", gain.unit());
        LocalDate date = e.date(d.date(), "date", true);
        if (date != null && date.isBefore(gain.baselineDate())) {
            e.add("date", BEFORE_BASELINE, label("date"), gain.baselineDate().toString());
        } else if (date != null && date.isAfter(today)) {
            e.add("date", IN_FUTURE, label("date"));
        }
        String comment = e.text(d.comment(), "comment", MAX_COMMENT, false, true);
        e.throwIfAny();
        return new Measurement(id, gain.id(), value, date, recordedByKey, comment);
    }

    /**
     * What an edit of a gain must leave valid of its recorded measurements: a measurement is kept whatever the edit
     * (unit, currency, baseline, target, and so the direction: % realised is worked out again against the edited
     * values), unless the edited gain would refuse it as a new measurement: a value outside 0…100 when the unit becomes
     * percent (error on {@code unit}), or a date before a later baseline date (error on {@code baseline.date}).
     */
    public List<FieldError> measurementsFit(Gain edited, Collection<Measurement> measurements) {
        List<FieldError> errors = new ArrayList<>();
        if (edited.unit() == Unit.PERCENT) {
            long outside = measurements.stream()
                    .filter(m -> m.value().signum() < 0 || m.value().compareTo(HUNDRED) > 0).count();
            if (outside > 0) {
                errors.add(FieldError.of("unit", MEASUREMENTS_OUT_OF_RANGE, outside));
            }
        }
        measurements.stream().map(Measurement::date).min(LocalDate::compareTo)
                .filter(first -> first.isBefore(edited.baselineDate()))
                .ifPresent(first -> errors.add(FieldError.of("baseline.date", MEASUREMENTS_BEFORE_BASELINE, first.toString())));
        return errors;
    }

    /** The economics of an initiative; see {@link EconomicsDraft} for what is required. */
    public Economics validate(EconomicsDraft draft, long initiativeId, long version) {
        Errors e = new Errors();
        EconomicsDraft d = draft == null ? new EconomicsDraft(null, null, null, null, null, null, null, null) : draft;
        BigDecimal hourlyRate = e.nonNegative(d.hourlyRate(), "hourlyRate", true);
        Currency currency = e.enumValue(d.currency(), Currency.class, "currency", true);
        BigDecimal discount = e.number(d.discountRatePercent(), "discountRatePercent", false);
        if (discount != null && (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0)) {
            e.add("discountRatePercent", OUT_OF_RANGE, label("discountRatePercent"), 0, 100);
            discount = null;
        }
        Integer horizon = e.whole(d.horizonYears(), "horizonYears", true, 1, Economics.MAX_HORIZON_YEARS);
        BigDecimal investment = e.nonNegative(d.investment(), "investment", false);
        BigDecimal running = e.nonNegative(d.yearlyRunningCost(), "yearlyRunningCost", false);
        BigDecimal training = e.nonNegative(d.trainingHoursPerEmployee(), "trainingHoursPerEmployee", false);
        Integer employees = e.whole(d.employees(), "employees", false, 0, MAX_EMPLOYEES);
        e.throwIfAny();
        return new Economics(initiativeId, hourlyRate, currency, discount, horizon, investment, running, training,
                employees == null ? 0 : employees, version);
    }

    static String label(String field) {
        return "roadmap.field." + field;
    }

    static String trim(String s) {
        return FieldChecks.strip(s);
    }

    /** Collects errors in field order. */
    private static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        void add(String field, String key, Object... args) {
            list.add(FieldError.of(field, key, args));
        }

        void throwIfAny() {
            FieldChecks.throwIfAny(list);
        }

        String text(String raw, String field, int max, boolean required, boolean multiLine) {
            return FieldChecks.text(raw, field, label(field), max, required, multiLine, list);
        }

        <E extends Enum<E>> E enumValue(String raw, Class<E> type, String field, boolean required) {
            return FieldChecks.enumValue(raw, type, field, label(field), required, list);
        }

        LocalDate date(String raw, String field, boolean required) {
            return FieldChecks.date(raw, field, label(field), required, list);
        }

        /** A required gain value; 0…100 when the unit is PERCENT. */
        BigDecimal value(Object raw, String field, Unit unit) {
            BigDecimal v = number(raw, field, true);
            if (v != null && unit == Unit.PERCENT && (v.signum() < 0 || v.compareTo(HUNDRED) > 0)) {
                add(field, OUT_OF_RANGE, label(field), 0, 100);
                return null;
            }
            return v;
        }

        BigDecimal nonNegative(Object raw, String field, boolean required) {
            BigDecimal v = number(raw, field, required);
            if (v != null && v.signum() < 0) {
                add(field, NEGATIVE, label(field));
                return null;
            }
            return v;
        }

        Integer whole(Object raw, String field, boolean required, int min, int max) {
            BigDecimal v = number(raw, field, required);
            if (v == null) {
                return null;
            }
            if (v.scale() > 0) {
                add(field, NOT_A_WHOLE_NUMBER, label(field));
                return null;
            }
            if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
                add(field, OUT_OF_RANGE, label(field), min, max);
                return null;
            }
            return v.intValueExact();
        }

        /** Parses and checks a number; adds at most one error and returns null for a missing or bad value. */
        BigDecimal number(Object raw, String field, boolean required) {
            if (raw == null || (raw instanceof String s && trim(s) == null)) {
                if (required) {
                    add(field, REQUIRED, label(field));
                }
                return null;
            }
            BigDecimal v = toBigDecimal(raw);
            if (v == null) {
                add(field, NOT_A_NUMBER, label(field));
                return null;
            }
            if (v.abs().compareTo(MAX_MAGNITUDE) >= 0) {
                add(field, TOO_LARGE, label(field), MAX_MAGNITUDE);
                return null;
            }
            v = normalise(v);
            if (v.scale() > MAX_DECIMALS) {
                add(field, TOO_MANY_DECIMALS, label(field), MAX_DECIMALS);
                return null;
            }
            return v;
        }
    }

    /** BigDecimal, other JSON numbers or text; null when it is not a finite number. */
    static BigDecimal toBigDecimal(Object raw) {
        if (raw instanceof BigDecimal b) {
            return b;
        }
        if (raw instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            if (!Double.isFinite(d)) {
                return null;
            }
            return raw instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(d);
        }
        if (raw instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }

    /** Trailing zeros stripped, never a negative scale: 1.50 → 1.5, 1E+3 → 1000. */
    static BigDecimal normalise(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
