package no.veikart.roadmap.implementation.domain;

import static no.veikart.roadmap.implementation.domain.Units.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The coverage rules over random super-user sets, checked day by day against the definition. */
class CoverageProperties {

    @Provide
    Arbitrary<List<SuperUser>> superUsers() {
        Arbitrary<LocalDate> from = Arbitraries.integers().between(-60, 60).map(TODAY::plusDays).injectNull(0.3);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 90).injectNull(0.3);
        Arbitrary<SuperUser> one = Combinators.combine(Arbitraries.of(Shift.class), from, length)
                .as((shift, f, len) -> new SuperUser(0, "S", null, shift, f,
                        len == null ? null : (f == null ? TODAY : f).plusDays(len)));
        return one.list().ofMaxSize(8).map(list -> {
            List<SuperUser> withIds = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                SuperUser s = list.get(i);
                withIds.add(new SuperUser(i + 1, s.name(), null, s.shift(), s.from(), s.to()));
            }
            return withIds;
        });
    }

    private static Unit unit(List<SuperUser> su) {
        return Units.unit(1, "Nord", UnitStatus.LIVE, TODAY.minusDays(10), EnumSet.allOf(Shift.class), su, List.of(), List.of());
    }

    private static boolean covered(List<SuperUser> su, Shift shift, LocalDate day) {
        return su.stream().anyMatch(s -> s.shift() == shift && s.covers(day));
    }

    @Property(tries = 800)
    boolean theGapStartsOnTheFirstUncoveredDayAndEveryDayBeforeIsCovered(@ForAll("superUsers") List<SuperUser> su) {
        for (Shift shift : Shift.values()) {
            Optional<LocalDate> gap = ImplementationRules.gapFrom(unit(su), shift, TODAY);
            // Every super-user ends within 150 days of today, or never: a year ahead decides.
            LocalDate horizon = TODAY.plusDays(400);
            LocalDate firstUncovered = null;
            for (LocalDate d = TODAY; !d.isAfter(horizon); d = d.plusDays(1)) {
                if (!covered(su, shift, d)) {
                    firstUncovered = d;
                    break;
                }
            }
            if (!gap.equals(Optional.ofNullable(firstUncovered))) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 500)
    boolean aLiveUnitWarnsOfNoSuperUserExactlyOnTheShiftsUncoveredToday(@ForAll("superUsers") List<SuperUser> su) {
        List<ImplementationWarning> warnings = ImplementationRules.warnings(List.of(unit(su)), ImplementationSettings.DEFAULTS, TODAY);
        for (Shift shift : Shift.values()) {
            boolean warned = warnings.stream().anyMatch(w -> w.code() == ImplementationWarning.Code.NO_SUPER_USER && w.shift() == shift);
            if (warned == covered(su, shift, TODAY)) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 300)
    boolean addingASuperUserNeverMakesTheGapEarlier(@ForAll("superUsers") List<SuperUser> su,
            @ForAll("superUsers") List<SuperUser> more) {
        List<SuperUser> all = new ArrayList<>(su);
        more.forEach(s -> all.add(new SuperUser(100 + s.id(), s.name(), null, s.shift(), s.from(), s.to())));
        for (Shift shift : Shift.values()) {
            Optional<LocalDate> before = ImplementationRules.gapFrom(unit(su), shift, TODAY);
            Optional<LocalDate> after = ImplementationRules.gapFrom(unit(all), shift, TODAY);
            if (before.isEmpty() && after.isPresent()) {
                return false;
            }
            if (before.isPresent() && after.isPresent() && after.get().isBefore(before.get())) {
                return false;
            }
        }
        return true;
    }

    @Provide
    Arbitrary<List<NewStaff>> newStaff() {
        return Combinators.combine(Arbitraries.integers().between(-120, 0), Arbitraries.integers().between(1, 6))
                .as((d, c) -> new NewStaff(0, TODAY.plusDays(d), c)).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<TrainingSession>> sessions() {
        return Combinators.combine(Arbitraries.integers().between(-120, 0), Arbitraries.integers().between(1, 6),
                Arbitraries.of(TrainingKind.class))
                .as((d, c, k) -> Units.training(0, TODAY.plusDays(d), k, c)).list().ofMaxSize(6);
    }

    @Property(tries = 500)
    boolean untrainedNewStaffIsBetweenTheShortfallAndTheRecordedCount(@ForAll("newStaff") List<NewStaff> ns,
            @ForAll("sessions") List<TrainingSession> tr) {
        Unit u = Units.unit(1, "Nord", UnitStatus.LIVE, TODAY.minusDays(200), EnumSet.of(Shift.DAY), List.of(), tr, ns);
        int untrained = ImplementationRules.untrainedNewStaff(u).stream().mapToInt(ImplementationRules.Untrained::count).sum();
        int recorded = ns.stream().mapToInt(NewStaff::count).sum();
        int newStaffTrained = tr.stream().filter(t -> t.kind() == TrainingKind.NEW_STAFF).mapToInt(TrainingSession::trained).sum();
        boolean allAfter = tr.stream().filter(t -> t.kind() == TrainingKind.NEW_STAFF)
                .allMatch(t -> ns.stream().noneMatch(n -> t.date().isBefore(n.date())));
        boolean bounds = untrained >= Math.max(0, recorded - newStaffTrained) && untrained <= recorded;
        // When every new-staff session is after every arrival, sessions are fully usable: exactly the shortfall.
        return bounds && (!allAfter || untrained == Math.max(0, recorded - newStaffTrained));
    }

    @Property(tries = 300)
    boolean trainedPercentIsExactAndTheDisplayIsCapped(@ForAll("sessions") List<TrainingSession> tr) {
        Unit u = Units.unit(1, "Nord", UnitStatus.TRAINING, null, EnumSet.of(Shift.DAY), List.of(), tr, List.of());
        int trained = tr.stream().filter(t -> t.kind().countsAsTrained()).mapToInt(TrainingSession::trained).sum();
        double exact = trained * 100.0 / u.staff();
        int capped = ImplementationRules.trainedPercentCapped(u);
        return Math.abs(ImplementationRules.trainedPercent(u).doubleValue() - exact) <= 0.05
                && capped == Math.min(100, (int) Math.floor(exact + 1e-9)) && capped >= 0 && capped <= 100;
    }
}
