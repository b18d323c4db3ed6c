package no.veikart.roadmap.gain.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Which gains are due for a follow-up reminder, and how reminders are grouped. */
public class FollowUpRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    private static Gain gain(long id, long initiative, String owner, LocalDate baseline, Frequency frequency) {
        return new Gain(id, initiative, GainType.TIME, "Gain " + id, null, Unit.HOURS, null, new BigDecimal("100"), baseline,
                new BigDecimal("80"), baseline.plusYears(2), owner, null, frequency, 0);
    }

    private static MeasurementSchedule schedule(Gain gain, LocalDate lastMeasured) {
        return new MeasurementSchedule(gain, lastMeasured);
    }

    @Test
    public void nextDueIsOnePeriodAfterTheLatestMeasurementOrTheBaselineWithMonthEndsClamped() {
        Gain monthly = gain(1, 1, "member", LocalDate.of(2025, 1, 31), Frequency.MONTHLY);

        assertEquals(LocalDate.of(2025, 2, 28), schedule(monthly, null).nextDue());
        assertEquals(LocalDate.of(2025, 4, 30), schedule(monthly, LocalDate.of(2025, 3, 30)).nextDue());
        assertEquals(LocalDate.of(2025, 3, 7),
                schedule(gain(2, 1, "member", LocalDate.of(2025, 2, 28), Frequency.WEEKLY), null).nextDue());
        assertEquals(LocalDate.of(2025, 5, 28),
                schedule(gain(3, 1, "member", LocalDate.of(2024, 1, 1), Frequency.QUARTERLY), LocalDate.of(2025, 2, 28)).nextDue());
        assertEquals(LocalDate.of(2025, 2, 28),
                schedule(gain(4, 1, "member", LocalDate.of(2024, 2, 29), Frequency.YEARLY), null).nextDue());
    }

    @Test
    public void aGainIsDueOnItsDueDateAndOverdueAfterIt() {
        Gain gain = gain(1, 1, "member", LocalDate.of(2025, 1, 1), Frequency.MONTHLY);

        FollowUp dueToday = FollowUpRules.dueOn(schedule(gain, LocalDate.of(2025, 2, 28)), TODAY.minusDays(3)).orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 28), dueToday.due());
        assertFalse("due today is not overdue yet", dueToday.overdue());

        FollowUp overdue = FollowUpRules.dueOn(schedule(gain, LocalDate.of(2025, 2, 28)), TODAY).orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 28), overdue.due());
        assertTrue(overdue.overdue());

        assertTrue("due tomorrow: nothing yet",
                FollowUpRules.dueOn(schedule(gain, LocalDate.of(2025, 3, 1)), TODAY).isEmpty());
        assertTrue("a measurement recorded today moves the due date a period ahead",
                FollowUpRules.dueOn(schedule(gain, TODAY), TODAY).isEmpty());
    }

    @Test
    public void theSameDatesAsTheGainPanelShow() {
        GainCalculator calculator = new GainCalculator();
        Gain gain = gain(9, 1, "member", LocalDate.of(2024, 8, 31), Frequency.MONTHLY);
        List<Measurement> measurements = List.of(
                new Measurement(1, 9, new BigDecimal("95"), LocalDate.of(2024, 12, 31), "member", null),
                new Measurement(2, 9, new BigDecimal("90"), LocalDate.of(2025, 1, 31), "member", null),
                new Measurement(3, 9, new BigDecimal("99"), LocalDate.of(2024, 10, 31), "member", null));

        FollowUp followUp = FollowUpRules.dueOn(schedule(gain, LocalDate.of(2025, 1, 31)), TODAY).orElseThrow();

        assertEquals(calculator.nextMeasurementDue(gain, measurements), followUp.due());
        assertEquals(calculator.isOverdue(gain, measurements, TODAY), followUp.overdue());
        assertEquals(new ReminderKey(9, LocalDate.of(2025, 2, 28)), followUp.key());
        assertEquals("9:2025-02-28", followUp.key().text());
    }

    @Test
    public void gainsWithoutAnOwnerGetNoReminder() {
        LocalDate old = LocalDate.of(2020, 1, 1);

        assertTrue(FollowUpRules.dueOn(schedule(gain(1, 1, null, old, Frequency.MONTHLY), null), TODAY).isEmpty());
        assertTrue(FollowUpRules.dueOn(schedule(gain(2, 1, "  ", old, Frequency.MONTHLY), null), TODAY).isEmpty());
        assertTrue("free-text owners are kept: the job decides whether they are users",
                FollowUpRules.dueOn(schedule(gain(3, 1, "Kari Nordmann", old, Frequency.MONTHLY), null), TODAY).isPresent());
    }

    @Test
    public void remindersAreGroupedByOwnerAndOrderedByDueDateThenInitiativeThenGain() {
        Gain memberLate = gain(5, 2, "member", LocalDate.of(2025, 1, 15), Frequency.MONTHLY);      // due 2025-02-15
        Gain memberEarly = gain(7, 3, "member", LocalDate.of(2024, 12, 1), Frequency.MONTHLY);     // due 2025-01-01
        Gain memberSameDayA = gain(6, 1, "member", LocalDate.of(2025, 1, 15), Frequency.MONTHLY);  // due 2025-02-15
        Gain admin = gain(8, 1, "admin", LocalDate.of(2025, 3, 24), Frequency.WEEKLY);             // due 2025-03-31
        Gain notYet = gain(9, 1, "admin", LocalDate.of(2025, 3, 25), Frequency.WEEKLY);            // due 2025-04-01
        Gain unowned = gain(10, 1, null, LocalDate.of(2020, 1, 1), Frequency.WEEKLY);

        Map<String, List<FollowUp>> byOwner = FollowUpRules.dueByOwner(List.of(schedule(memberLate, null),
                schedule(memberEarly, null), schedule(memberSameDayA, null), schedule(admin, null), schedule(notYet, null),
                schedule(unowned, null)), TODAY);

        assertEquals(List.of("admin", "member"), List.copyOf(byOwner.keySet()));
        assertEquals(List.of(8L), byOwner.get("admin").stream().map(f -> f.gain().id()).toList());
        assertFalse(byOwner.get("admin").get(0).overdue());
        assertEquals(List.of(7L, 6L, 5L), byOwner.get("member").stream().map(f -> f.gain().id()).toList());
        assertTrue(byOwner.get("member").stream().allMatch(FollowUp::overdue));
        assertTrue(FollowUpRules.dueByOwner(List.of(), TODAY).isEmpty());
    }

    @Test
    public void failedAndAbandonedRemindersMayBeClaimedAgainSentAndFreshOnesNot() {
        ReminderKey key = new ReminderKey(1, TODAY);
        java.time.Instant now = java.time.Instant.parse("2025-03-31T06:00:00Z");

        assertTrue(new ReminderRecord(key, ReminderRecord.State.FAILED, 1, now).claimable(now));
        assertFalse(new ReminderRecord(key, ReminderRecord.State.SENT, 1, now.minusSeconds(86_400)).claimable(now));
        assertFalse("another run is sending it",
                new ReminderRecord(key, ReminderRecord.State.SENDING, 1, now.minusSeconds(60)).claimable(now));
        assertTrue("a run that died an hour ago left it",
                new ReminderRecord(key, ReminderRecord.State.SENDING, 1, now.minus(ReminderRecord.ABANDONED_AFTER)).claimable(now));
    }
}
