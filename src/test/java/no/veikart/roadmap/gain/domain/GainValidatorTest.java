package no.veikart.roadmap.gain.domain;

import static no.veikart.roadmap.gain.domain.Gains.d;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.junit.Test;

public class GainValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
    private final GainValidator validator = new GainValidator();

    private static GainDraft draft(String unit, String currency, Object baseline, Object target) {
        return new GainDraft("TIME", " Less home care ", "Care hours per year", unit, currency,
                new GainDraft.Point(baseline, "2020-01-01"), new GainDraft.Point(target, "2021-12-31"), "homecare.lead",
                "Care system report", "monthly");
    }

    private static List<FieldError> errors(Runnable validation) {
        return assertThrows(RoadmapException.Invalid.class, validation::run).errors();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    // ---- gain -----------------------------------------------------------------------------------------------------

    @Test
    public void aValidGainWithNumbersAsTextOrAsJsonNumbers() {
        Gain gain = validator.validate(draft("HOURS", null, "15000.00", 13650), 3, 9, 2);

        assertEquals(new Gain(3, 9, GainType.TIME, "Less home care", "Care hours per year", Unit.HOURS, null,
                d("15000"), LocalDate.of(2020, 1, 1), d("13650"), LocalDate.of(2021, 12, 31), "homecare.lead",
                "Care system report", Frequency.MONTHLY, 2), gain);
        Gain money = validator.validate(draft("CURRENCY", "dkk", new BigDecimal("1.50"), 2.25d), 0, 9, 0);
        assertEquals(Currency.DKK, money.currency());
        assertEquals(d("1.5"), money.baselineValue());
        assertEquals(d("2.25"), money.targetValue());
        assertEquals(d("1000"), validator.validate(draft("COUNT", null, "1E+3", 5L), 0, 9, 0).baselineValue());
        assertEquals(d("999999999999.9999"),
                validator.validate(draft("COUNT", null, "999999999999.9999", "-999999999999.9999"), 0, 1, 0).baselineValue());
    }

    @Test
    public void anEmptyDraftNamesEveryRequiredField() {
        List<FieldError> errors = errors(() -> validator.validate((GainDraft) null, 0, 1, 0));

        assertEquals(List.of("type", "title", "unit", "baseline.value", "baseline.date", "target.value", "target.date",
                "frequency"), fields(errors));
        assertEquals(FieldError.of("baseline.value", "roadmap.error.required", "roadmap.field.baseline.value"),
                errors.get(3));
    }

    @Test
    public void everyBadFieldIsNamed() {
        GainDraft bad = new GainDraft("SAVINGS", "x".repeat(256), "y".repeat(256), "CURRENCY", null,
                new GainDraft.Point("abc", "2024-13-01"), new GainDraft.Point("1.23456", "1st of May"), "o".repeat(256),
                "m".repeat(2001), "DAILY");

        List<FieldError> errors = errors(() -> validator.validate(bad, 0, 1, 0));

        assertEquals(List.of(
                FieldError.of("type", "roadmap.error.unknownValue", "roadmap.field.type", "SAVINGS"),
                FieldError.of("title", "roadmap.error.tooLong", "roadmap.field.title", 255),
                FieldError.of("indicator", "roadmap.error.tooLong", "roadmap.field.indicator", 255),
                FieldError.of("currency", "roadmap.error.required", "roadmap.field.currency"),
                FieldError.of("baseline.value", "roadmap.error.notANumber", "roadmap.field.baseline.value"),
                FieldError.of("baseline.date", "roadmap.error.invalidDate", "roadmap.field.baseline.date"),
                FieldError.of("target.value", "roadmap.error.tooManyDecimals", "roadmap.field.target.value", 4),
                FieldError.of("target.date", "roadmap.error.invalidDate", "roadmap.field.target.date"),
                FieldError.of("owner", "roadmap.error.tooLong", "roadmap.field.owner", 255),
                FieldError.of("method", "roadmap.error.tooLong", "roadmap.field.method", 2000),
                FieldError.of("frequency", "roadmap.error.unknownValue", "roadmap.field.frequency", "DAILY")), errors);
    }

    @Test
    public void currencyOnlyWithTheCurrencyUnitAndOnlyNordicOrEuro() {
        assertEquals(List.of(FieldError.of("currency", "roadmap.gain.error.currencyNotAllowed", "roadmap.field.currency")),
                errors(() -> validator.validate(draft("HOURS", "NOK", 1, 2), 0, 1, 0)));
        assertEquals(List.of(FieldError.of("currency", "roadmap.error.unknownValue", "roadmap.field.currency", "USD")),
                errors(() -> validator.validate(draft("CURRENCY", "USD", 1, 2), 0, 1, 0)));
        assertEquals(List.of("unit", "currency"), fields(errors(() -> validator.validate(draft("MONEY", "GBP", 1, 2), 0, 1, 0))));
        assertNull(validator.validate(draft("HOURS", " ", 1, 2), 0, 1, 0).currency());
    }

    @Test
    public void targetMustDifferFromBaselineAndComeAfterIt() {
        GainDraft same = new GainDraft("COST", "t", null, "COUNT", null, new GainDraft.Point("5", "2024-01-01"),
                new GainDraft.Point(5.0d, "2024-01-01"), null, null, "YEARLY");

        assertEquals(List.of(FieldError.of("target.value", "roadmap.gain.error.targetEqualsBaseline"),
                FieldError.of("target.date", "roadmap.error.dateOrder", "roadmap.field.target.date",
                        "roadmap.field.baseline.date")), errors(() -> validator.validate(same, 0, 1, 0)));
    }

    @Test
    public void numbersAreFiniteSmallerThanATrillionAndPercentIsZeroToHundred() {
        assertEquals(List.of(FieldError.of("baseline.value", "roadmap.error.outOfRange", "roadmap.field.baseline.value", 0, 100),
                FieldError.of("target.value", "roadmap.error.outOfRange", "roadmap.field.target.value", 0, 100)),
                errors(() -> validator.validate(draft("PERCENT", null, "-0.5", "100.01"), 0, 1, 0)));
        assertEquals(d("100"), validator.validate(draft("PERCENT", null, "0", "100.00"), 0, 1, 0).targetValue());
        List<FieldError> big = errors(() -> validator.validate(draft("COUNT", null, "1e12", -1e12d), 0, 1, 0));
        assertEquals(FieldError.of("baseline.value", "roadmap.error.tooLarge", "roadmap.field.baseline.value",
                new BigDecimal("1000000000000")), big.get(0));
        assertEquals("roadmap.error.tooLarge", big.get(1).key());
        assertEquals(List.of("roadmap.error.notANumber", "roadmap.error.notANumber"), errors(() ->
                validator.validate(draft("COUNT", null, Double.NaN, "Infinity"), 0, 1, 0)).stream().map(FieldError::key).toList());
        assertEquals("roadmap.error.notANumber",
                errors(() -> validator.validate(draft("COUNT", null, true, 1), 0, 1, 0)).get(0).key());
        assertEquals("roadmap.error.notANumber",
                errors(() -> validator.validate(draft("COUNT", null, "1,5", 1), 0, 1, 0)).get(0).key());
    }

    // ---- measurement ----------------------------------------------------------------------------------------------

    @Test
    public void aMeasurementBetweenBaselineAndToday() {
        Gain gain = Gains.kerteminde();

        Measurement m = validator.validate(new MeasurementDraft("14325.0", "2024-06-15", " Monthly report "), gain, TODAY,
                4, "member");

        assertEquals(new Measurement(4, 7, d("14325"), TODAY, "member", "Monthly report"), m);
        assertEquals(LocalDate.of(2020, 1, 1), validator.validate(new MeasurementDraft(15000, "2020-01-01", null), gain,
                TODAY, 0, "member").date());
    }

    @Test
    public void everyBadMeasurementFieldIsNamed() {
        Gain gain = Gains.kerteminde();

        assertEquals(List.of(FieldError.of("value", "roadmap.error.required", "roadmap.field.value"),
                FieldError.of("date", "roadmap.gain.error.beforeBaseline", "roadmap.field.date", "2020-01-01"),
                FieldError.of("comment", "roadmap.error.tooLong", "roadmap.field.comment", 2000)),
                errors(() -> validator.validate(new MeasurementDraft(" ", "2019-12-31", "c".repeat(2001)), gain, TODAY, 0, "u")));
        assertEquals(List.of(FieldError.of("date", "roadmap.error.inFuture", "roadmap.field.date")),
                errors(() -> validator.validate(new MeasurementDraft(1, "2024-06-16", null), gain, TODAY, 0, "u")));
        assertEquals(List.of("value", "date"),
                fields(errors(() -> validator.validate((MeasurementDraft) null, gain, TODAY, 0, "u"))));
        Gain percent = Gains.gain(2, GainType.QUALITY, Unit.PERCENT, null, "40", LocalDate.of(2024, 1, 1), "80",
                LocalDate.of(2025, 1, 1), Frequency.QUARTERLY);
        assertEquals(List.of(FieldError.of("value", "roadmap.error.outOfRange", "roadmap.field.value", 0, 100)),
                errors(() -> validator.validate(new MeasurementDraft("101", "2024-03-01", null), percent, TODAY, 0, "u")));
    }

    // ---- economics ------------------------------------------------------------------------------------------------

    @Test
    public void economicsDefaults() {
        Economics e = validator.validate(new EconomicsDraft("750", "DKK", null, "5", null, null, null, null), 3, 1);

        assertEquals(new Economics(3, d("750"), Currency.DKK, d("4"), 5, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, 1), e);
        Economics full = validator.validate(new EconomicsDraft(812.5d, "nok", "3.5", 10, "1000000", 25000, "7.5", "40"),
                3, 1);
        assertEquals(d("3.5"), full.discountRatePercent());
        assertEquals(40, full.employees());
        assertEquals(d("243750.00"), full.trainingCost());
    }

    @Test
    public void everyBadEconomicsFieldIsNamed() {
        assertEquals(List.of("hourlyRate", "currency", "horizonYears"),
                fields(errors(() -> validator.validate((EconomicsDraft) null, 3, 1))));
        List<FieldError> errors = errors(() -> validator.validate(
                new EconomicsDraft("-1", "GBP", "101", "2.5", "-5", "-0.01", "-1", -1), 3, 1));
        assertEquals(List.of(
                FieldError.of("hourlyRate", "roadmap.error.negative", "roadmap.field.hourlyRate"),
                FieldError.of("currency", "roadmap.error.unknownValue", "roadmap.field.currency", "GBP"),
                FieldError.of("discountRatePercent", "roadmap.error.outOfRange", "roadmap.field.discountRatePercent", 0, 100),
                FieldError.of("horizonYears", "roadmap.error.notAWholeNumber", "roadmap.field.horizonYears"),
                FieldError.of("investment", "roadmap.error.negative", "roadmap.field.investment"),
                FieldError.of("yearlyRunningCost", "roadmap.error.negative", "roadmap.field.yearlyRunningCost"),
                FieldError.of("trainingHoursPerEmployee", "roadmap.error.negative", "roadmap.field.trainingHoursPerEmployee"),
                FieldError.of("employees", "roadmap.error.outOfRange", "roadmap.field.employees", 0, 1_000_000)), errors);
        assertEquals(List.of(FieldError.of("horizonYears", "roadmap.error.outOfRange", "roadmap.field.horizonYears", 1, 50)),
                errors(() -> validator.validate(new EconomicsDraft(0, "SEK", 0, 51, 0, 0, 0, 0), 3, 1)));
        assertEquals(List.of(FieldError.of("horizonYears", "roadmap.error.outOfRange", "roadmap.field.horizonYears", 1, 50)),
                errors(() -> validator.validate(new EconomicsDraft(0, "SEK", 100, "0", 0, 0, 0, 0), 3, 1)));
    }
}
