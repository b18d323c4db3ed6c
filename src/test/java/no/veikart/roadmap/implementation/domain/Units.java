package no.veikart.roadmap.implementation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Test units of the Kerteminde home-care districts. */
final class Units {
    static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

    private Units() {
    }

    static Unit unit(long id, String name, UnitStatus status, LocalDate wentLive, Set<Shift> shifts, List<SuperUser> su,
            List<TrainingSession> tr, List<NewStaff> ns) {
        return new Unit(id, 1, (int) id, name, 20, shifts, false, false, wentLive, status,
                status.isLive() ? wentLive : null, status == UnitStatus.STABLE ? wentLive : null, null, null, su, tr, ns, 1);
    }

    static Unit withTest(Unit u, boolean test) {
        return new Unit(u.id(), u.initiativeId(), u.position(), u.name(), u.staff(), u.shifts(), u.pilotUnit(), test,
                u.plannedGoLive(), u.status(), u.wentLive(), u.stableSince(), u.monitoringDate(), u.monitoringOutcome(),
                u.superUsers(), u.trainings(), u.newStaff(), u.version());
    }

    static Unit withOutcome(Unit u, String outcome) {
        return new Unit(u.id(), u.initiativeId(), u.position(), u.name(), u.staff(), u.shifts(), u.pilotUnit(), u.testUnit(),
                u.plannedGoLive(), u.status(), u.wentLive(), u.stableSince(), u.monitoringDate(), outcome,
                u.superUsers(), u.trainings(), u.newStaff(), u.version());
    }

    static SuperUser su(long id, Shift shift, LocalDate from, LocalDate to) {
        return new SuperUser(id, "SU" + id, null, shift, from, to);
    }

    static TrainingSession training(long id, LocalDate date, TrainingKind kind, int trained) {
        return new TrainingSession(id, date, kind, trained, "Trainer", BigDecimal.valueOf(3));
    }
}
