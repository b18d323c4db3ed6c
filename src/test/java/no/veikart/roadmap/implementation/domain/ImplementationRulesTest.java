package no.veikart.roadmap.implementation.domain;

import static no.veikart.roadmap.implementation.domain.ImplementationWarning.Code.LIVE_BEFORE_TEST_STABLE;
import static no.veikart.roadmap.implementation.domain.ImplementationWarning.Code.MONITORING_OVERDUE;
import static no.veikart.roadmap.implementation.domain.ImplementationWarning.Code.NEW_STAFF_UNTRAINED;
import static no.veikart.roadmap.implementation.domain.ImplementationWarning.Code.NO_FOLLOW_UP;
import static no.veikart.roadmap.implementation.domain.ImplementationWarning.Code.NO_SUPER_USER;
import static no.veikart.roadmap.implementation.domain.ImplementationWarning.Code.SUPER_USER_LEAVING;
import static no.veikart.roadmap.implementation.domain.ImplementationWarning.Code.TRAINING_BELOW_TARGET;
import static no.veikart.roadmap.implementation.domain.Units.TODAY;
import static no.veikart.roadmap.implementation.domain.Units.su;
import static no.veikart.roadmap.implementation.domain.Units.training;
import static no.veikart.roadmap.implementation.domain.Units.unit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ImplementationRulesTest {
    private static final ImplementationSettings S = ImplementationSettings.DEFAULTS;

    private static List<ImplementationWarning.Code> codes(Unit... units) {
        return ImplementationRules.warnings(List.of(units), S, TODAY).stream().map(ImplementationWarning::code).toList();
    }

    /** A live unit with everything in order: test unit itself, covered, trained, followed up, monitored. */
    private static Unit wellRun() {
        Unit u = unit(1, "Nord", UnitStatus.STABLE, TODAY.minusMonths(4), EnumSet.of(Shift.DAY, Shift.NIGHT),
                List.of(su(1, Shift.DAY, null, null), su(2, Shift.NIGHT, TODAY.minusMonths(5), null)),
                List.of(training(1, TODAY.minusMonths(5), TrainingKind.INITIAL, 19),
                        training(2, TODAY.minusMonths(2), TrainingKind.FOLLOW_UP, 15)),
                List.of());
        return Units.withOutcome(Units.withTest(u, true), "As expected");
    }

    @Test
    public void aWellRunUnitHasNoWarnings() {
        assertEquals(List.of(), codes(wellRun()));
        assertEquals(new BigDecimal("95.0"), ImplementationRules.trainedPercent(wellRun()));
        assertNull(ImplementationRules.followUpDue(wellRun(), S));
    }

    @Test
    public void aLeaverWithoutSuccessorIsAGapFromTheDayAfterTheirLastDay() {
        Unit u = unit(1, "Nord", UnitStatus.LIVE, TODAY.minusMonths(1), EnumSet.of(Shift.EVENING),
                List.of(su(1, Shift.EVENING, null, TODAY.plusDays(20))), List.of(), List.of());
        assertEquals(Optional.of(TODAY.plusDays(21)), ImplementationRules.gapFrom(u, Shift.EVENING, TODAY));
        List<ImplementationWarning> w = ImplementationRules.warnings(List.of(u), S, TODAY);
        assertEquals(SUPER_USER_LEAVING, w.get(0).code());
        assertEquals(Shift.EVENING, w.get(0).shift());
        assertEquals(TODAY.plusDays(21), w.get(0).args().get(2));
        // A successor from the day after closes the gap; one starting a day later leaves a one-day gap.
        Unit successor = u.withRows(List.of(su(1, Shift.EVENING, null, TODAY.plusDays(20)), su(2, Shift.EVENING, TODAY.plusDays(21), null)),
                List.of(), List.of());
        assertEquals(Optional.empty(), ImplementationRules.gapFrom(successor, Shift.EVENING, TODAY));
        Unit late = u.withRows(List.of(su(1, Shift.EVENING, null, TODAY.plusDays(20)), su(2, Shift.EVENING, TODAY.plusDays(22), null)),
                List.of(), List.of());
        assertEquals(Optional.of(TODAY.plusDays(21)), ImplementationRules.gapFrom(late, Shift.EVENING, TODAY));
        // From the leaver's day after on, the live unit has no super-user on that shift.
        assertEquals(NO_SUPER_USER, ImplementationRules.warnings(List.of(u), S, TODAY.plusDays(21)).get(0).code());
    }

    @Test
    public void shiftsTheUnitDoesNotRunNeedNobody() {
        Unit u = unit(1, "Nord", UnitStatus.LIVE, TODAY.minusMonths(1), EnumSet.of(Shift.DAY),
                List.of(su(1, Shift.DAY, null, null)), List.of(), List.of());
        assertEquals(List.of(), ImplementationRules.gaps(u, TODAY));
        Unit planned = unit(2, "Syd", UnitStatus.PLANNED, TODAY.plusMonths(2), EnumSet.of(Shift.NIGHT), List.of(), List.of(), List.of());
        assertEquals(1, ImplementationRules.gaps(planned, TODAY).size());
        assertEquals(List.of(), codes(planned));
    }

    @Test
    public void trainingBelowTargetWarnsOnceTheUnitReachedGoLive() {
        Unit u = unit(1, "Nord", UnitStatus.TRAINING, TODAY.minusDays(1), EnumSet.of(Shift.DAY),
                List.of(su(1, Shift.DAY, null, null)), List.of(training(1, TODAY.minusDays(10), TrainingKind.INITIAL, 17),
                        training(2, TODAY.minusDays(5), TrainingKind.ASSESSORS, 10)), List.of());
        List<ImplementationWarning> w = ImplementationRules.warnings(List.of(u), S, TODAY);
        assertEquals(List.of(TRAINING_BELOW_TARGET), w.stream().map(ImplementationWarning::code).toList());
        assertEquals(new BigDecimal("85.0"), w.get(0).args().get(1));
        Unit later = unit(1, "Nord", UnitStatus.TRAINING, TODAY.plusDays(1), EnumSet.of(Shift.DAY),
                List.of(su(1, Shift.DAY, null, null)), u.trainings(), List.of());
        assertEquals(List.of(), codes(later));
    }

    @Test
    public void noFollowUpWithinThreeMonthsOfGoLive() {
        Unit u = unit(1, "Nord", UnitStatus.LIVE, TODAY.minusMonths(3).minusDays(1), EnumSet.of(Shift.DAY),
                List.of(su(1, Shift.DAY, null, null)), List.of(training(1, TODAY.minusMonths(4), TrainingKind.INITIAL, 20),
                        training(2, TODAY.minusMonths(4), TrainingKind.FOLLOW_UP, 20)), List.of());
        Unit test = Units.withOutcome(Units.withTest(u, true), "ok");
        assertEquals(List.of(NO_FOLLOW_UP), codes(test));
        assertEquals(TODAY.minusDays(1), ImplementationRules.followUpDue(test, S));
    }

    @Test
    public void newStaffUntrainedPastThirtyDays() {
        Unit u = Units.withOutcome(Units.withTest(unit(1, "Nord", UnitStatus.LIVE, TODAY.minusMonths(2), EnumSet.of(Shift.DAY),
                List.of(su(1, Shift.DAY, null, null)), List.of(training(1, TODAY.minusMonths(3), TrainingKind.INITIAL, 20),
                        training(2, TODAY.minusMonths(1), TrainingKind.FOLLOW_UP, 20),
                        training(3, TODAY.minusDays(20), TrainingKind.NEW_STAFF, 2)),
                List.of(new NewStaff(1, TODAY.minusDays(31), 3), new NewStaff(2, TODAY.minusDays(10), 4))), true), "ok");
        List<ImplementationWarning> w = ImplementationRules.warnings(List.of(u), S, TODAY);
        assertEquals(List.of(NEW_STAFF_UNTRAINED), w.stream().map(ImplementationWarning::code).toList());
        assertEquals(1, w.get(0).args().get(1));
    }

    @Test
    public void monitoringOverdueWithoutOutcome() {
        Unit u = Units.withTest(unit(1, "Nord", UnitStatus.LIVE, TODAY.minusWeeks(7), EnumSet.of(Shift.DAY),
                List.of(su(1, Shift.DAY, null, null)), List.of(training(1, TODAY.minusMonths(3), TrainingKind.INITIAL, 20)),
                List.of()), true);
        assertEquals(TODAY.minusWeeks(1), ImplementationRules.monitoringDate(u, S));
        assertEquals(List.of(MONITORING_OVERDUE), codes(u));
        assertEquals(List.of(), codes(Units.withOutcome(u, "Fewer visits than planned; adjusted the route")));
    }

    @Test
    public void aUnitLiveBeforeAnyTestUnitWasStableIsWarned() {
        Unit test = wellRun(); // stable since four months ago
        Unit early = Units.withOutcome(unit(2, "Syd", UnitStatus.LIVE, TODAY.minusMonths(5), EnumSet.of(Shift.DAY),
                List.of(su(3, Shift.DAY, null, null)), test.trainings(), List.of()), "ok");
        Unit after = Units.withOutcome(unit(3, "Vest", UnitStatus.LIVE, TODAY.minusMonths(3), EnumSet.of(Shift.DAY),
                List.of(su(4, Shift.DAY, null, null)), test.trainings(), List.of()), "ok");
        List<ImplementationWarning> w = ImplementationRules.warnings(List.of(test, early, after), S, TODAY);
        assertEquals(List.of(LIVE_BEFORE_TEST_STABLE), w.stream().map(ImplementationWarning::code).toList());
        assertEquals(Long.valueOf(2), w.get(0).unitId());
        // Without any test unit, every live unit went live before one was stable.
        assertEquals(List.of(LIVE_BEFORE_TEST_STABLE), codes(after));
    }
}
