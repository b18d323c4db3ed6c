package no.veikart.roadmap.gain.domain;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The reminders use the gain panel's due date and overdue rule, whatever the gain and its measurements. */
class FollowUpRulesProperties {
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    private final GainCalculator calculator = new GainCalculator();

    @Provide
    Arbitrary<List<Measurement>> measurements() {
        return Arbitraries.integers().between(0, 9000).map(day -> EPOCH.plusDays(day))
                .map(date -> new Measurement(0, 1, BigDecimal.ONE, date, "u", null)).list().ofMaxSize(6);
    }

    @Property
    void remindersFollowTheGainCalculator(@ForAll @IntRange(min = 0, max = 9000) int baselineDay,
            @ForAll Frequency frequency, @ForAll("measurements") List<Measurement> measurements,
            @ForAll @IntRange(min = 0, max = 10000) int todayDay) {
        LocalDate baseline = EPOCH.plusDays(baselineDay);
        Gain gain = new Gain(1, 1, GainType.TIME, "g", null, Unit.HOURS, null, BigDecimal.TEN, baseline, BigDecimal.ONE,
                baseline.plusDays(1), "owner", null, frequency, 0);
        LocalDate today = EPOCH.plusDays(todayDay);
        LocalDate latest = GainCalculator.latest(measurements).map(Measurement::date).orElse(null);

        MeasurementSchedule schedule = new MeasurementSchedule(gain, latest);
        LocalDate due = calculator.nextMeasurementDue(gain, measurements);

        assertEquals(due, schedule.nextDue());
        assertEquals("due " + due + ", today " + today, !due.isAfter(today), FollowUpRules.dueOn(schedule, today).isPresent());
        FollowUpRules.dueOn(schedule, today).ifPresent(f -> {
            assertEquals(due, f.due());
            assertEquals(calculator.isOverdue(gain, measurements, today), f.overdue());
        });
    }
}
