package no.veikart.roadmap.implementation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the implementation plan, plain functions of the units and today's date so they can be property-tested.
 * <ul>
 *   <li><b>Coverage</b>: a shift is covered on a day when a super-user of that shift has {@code from ≤ day ≤ to}; a
 *       super-user who leaves (their last day {@code to}) without a successor leaves a gap from the day after.</li>
 *   <li><b>% trained</b> = people of initial and new-staff sessions / staff × 100 (follow-ups and assessor sessions
 *       repeat or reach others); exact, may pass 100 when staff turned over; displays cap it at 100.</li>
 *   <li><b>Go-live</b> = the day the unit went live, else its planned go-live.</li>
 *   <li><b>Follow-up due</b> = go-live + N months while no follow-up session is dated on or after go-live.</li>
 *   <li><b>New staff untrained</b>: new-staff sessions on or after a record's date train its people, oldest first.</li>
 * </ul>
 */
public final class ImplementationRules {
    private ImplementationRules() {
    }

    /**
     * The first day on or after {@code today} when nobody covers {@code shift} of the unit; empty when someone covers
     * it from then on without an end.
     */
    public static Optional<LocalDate> gapFrom(Unit unit, Shift shift, LocalDate today) {
        List<SuperUser> ofShift = unit.superUsers().stream().filter(s -> s.shift() == shift).toList();
        LocalDate day = today;
        while (true) {
            LocalDate d = day;
            List<SuperUser> covering = ofShift.stream().filter(s -> s.covers(d)).toList();
            if (covering.isEmpty()) {
                return Optional.of(day);
            }
            if (covering.stream().anyMatch(s -> s.to() == null)) {
                return Optional.empty();
            }
            // Strictly later each round: every covering super-user ends on or after `day`.
            day = covering.stream().map(SuperUser::to).max(Comparator.naturalOrder()).orElseThrow().plusDays(1);
        }
    }

    /** Every shift of the unit with a gap now or later, in shift order. */
    public static List<CoverageGap> gaps(Unit unit, LocalDate today) {
        List<CoverageGap> gaps = new ArrayList<>();
        for (Shift shift : unit.orderedShifts()) {
            gapFrom(unit, shift, today).ifPresent(from -> gaps.add(new CoverageGap(unit.id(), unit.name(), shift, from)));
        }
        return gaps;
    }

    /** The gaps of today: shifts the unit runs with nobody covering them now. */
    public static List<CoverageGap> currentGaps(Unit unit, LocalDate today) {
        return gaps(unit, today).stream().filter(g -> g.current(today)).toList();
    }

    /** People trained (initial and new-staff sessions) on or before {@code day}; all of them when {@code day} is null. */
    public static int trained(Unit unit, LocalDate day) {
        return unit.trainings().stream().filter(t -> t.kind().countsAsTrained())
                .filter(t -> day == null || !t.date().isAfter(day)).mapToInt(TrainingSession::trained).sum();
    }

    /** % of staff trained, 1 decimal, not capped; null when the unit has no staff. */
    public static BigDecimal trainedPercent(Unit unit) {
        if (unit.staff() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(trained(unit, null) * 100L).divide(BigDecimal.valueOf(unit.staff()), 1, RoundingMode.HALF_UP);
    }

    /** For displays and progress bars: 0…100 whole percent. */
    public static int trainedPercentCapped(Unit unit) {
        return unit.staff() <= 0 ? 0 : (int) Math.min(100, trained(unit, null) * 100L / unit.staff());
    }

    public static LocalDate goLive(Unit unit) {
        return unit.wentLive() != null ? unit.wentLive() : unit.plannedGoLive();
    }

    /** The monitoring date as set, else go-live + the default weeks; null without a go-live. */
    public static LocalDate monitoringDate(Unit unit, ImplementationSettings settings) {
        if (unit.monitoringDate() != null) {
            return unit.monitoringDate();
        }
        LocalDate live = goLive(unit);
        return live == null ? null : live.plusWeeks(settings.monitoringWeeks());
    }

    /** When a follow-up training is due; null without a go-live or once one was held on or after go-live. */
    public static LocalDate followUpDue(Unit unit, ImplementationSettings settings) {
        LocalDate live = goLive(unit);
        if (live == null) {
            return null;
        }
        boolean held = unit.trainings().stream()
                .anyMatch(t -> t.kind() == TrainingKind.FOLLOW_UP && !t.date().isBefore(live));
        return held ? null : live.plusMonths(settings.followUpMonths());
    }

    /**
     * New staff not trained yet, per record (same order as the unit's records sorted by date): each record takes
     * people from new-staff sessions dated on or after it, earliest session first.
     */
    public static List<Untrained> untrainedNewStaff(Unit unit) {
        List<NewStaff> records = unit.newStaff().stream().sorted(Comparator.comparing(NewStaff::date).thenComparingLong(NewStaff::id)).toList();
        List<TrainingSession> sessions = unit.trainings().stream().filter(t -> t.kind() == TrainingKind.NEW_STAFF)
                .sorted(Comparator.comparing(TrainingSession::date).thenComparingLong(TrainingSession::id)).toList();
        int[] left = sessions.stream().mapToInt(TrainingSession::trained).toArray();
        List<Untrained> result = new ArrayList<>();
        for (NewStaff record : records) {
            int need = record.count();
            for (int i = 0; i < sessions.size() && need > 0; i++) {
                if (!sessions.get(i).date().isBefore(record.date())) {
                    int take = Math.min(need, left[i]);
                    left[i] -= take;
                    need -= take;
                }
            }
            result.add(new Untrained(record, need));
        }
        return result;
    }

    /** How many people of a new-staff record are still untrained. */
    public record Untrained(NewStaff record, int count) {
    }

    /** Every warning of the plan, unit by unit in plan order, each unit's in the order of {@link ImplementationWarning.Code}. */
    public static List<ImplementationWarning> warnings(List<Unit> units, ImplementationSettings settings, LocalDate today) {
        List<ImplementationWarning> warnings = new ArrayList<>();
        List<LocalDate> testsStable = units.stream().filter(Unit::testUnit).map(Unit::stableSince)
                .filter(d -> d != null).sorted().toList();
        for (Unit u : units) {
            boolean live = u.status().isLive();
            LocalDate goLive = goLive(u);
            for (CoverageGap g : gaps(u, today)) {
                if (live && g.current(today)) {
                    warnings.add(warning(ImplementationWarning.Code.NO_SUPER_USER, u, g.shift(), u.name(), g.shift()));
                } else if (!g.current(today) && (live || u.status() == UnitStatus.TRAINING)) {
                    warnings.add(warning(ImplementationWarning.Code.SUPER_USER_LEAVING, u, g.shift(), u.name(), g.shift(),
                            g.from()));
                }
            }
            boolean reachedGoLive = live || (goLive != null && !goLive.isAfter(today));
            BigDecimal percent = trainedPercent(u);
            if (reachedGoLive && percent != null && percent.compareTo(BigDecimal.valueOf(settings.trainingTargetPercent())) < 0) {
                warnings.add(warning(ImplementationWarning.Code.TRAINING_BELOW_TARGET, u, null, u.name(), percent,
                        settings.trainingTargetPercent()));
            }
            LocalDate followUp = live ? followUpDue(u, settings) : null;
            if (followUp != null && followUp.isBefore(today)) {
                warnings.add(warning(ImplementationWarning.Code.NO_FOLLOW_UP, u, null, u.name(), settings.followUpMonths(), followUp));
            }
            int untrained = untrainedNewStaff(u).stream()
                    .filter(x -> x.count() > 0 && x.record().date().plusDays(settings.newStaffDays()).isBefore(today))
                    .mapToInt(Untrained::count).sum();
            if (untrained > 0) {
                warnings.add(warning(ImplementationWarning.Code.NEW_STAFF_UNTRAINED, u, null, u.name(), untrained,
                        settings.newStaffDays()));
            }
            LocalDate monitoring = monitoringDate(u, settings);
            if (live && monitoring != null && monitoring.isBefore(today) && u.monitoringOutcome() == null) {
                warnings.add(warning(ImplementationWarning.Code.MONITORING_OVERDUE, u, null, u.name(), monitoring));
            }
            if (live && !u.testUnit() && !liveAfterATest(goLive, testsStable)) {
                warnings.add(warning(ImplementationWarning.Code.LIVE_BEFORE_TEST_STABLE, u, null, u.name()));
            }
        }
        return warnings;
    }

    private static boolean liveAfterATest(LocalDate goLive, List<LocalDate> testsStable) {
        return !testsStable.isEmpty() && (goLive == null || !testsStable.get(0).isAfter(goLive));
    }

    private static ImplementationWarning warning(ImplementationWarning.Code code, Unit u, Shift shift, Object... args) {
        return new ImplementationWarning(code, u.id(), shift, code.key(), List.of(args));
    }
}
