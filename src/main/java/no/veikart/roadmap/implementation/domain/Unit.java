package no.veikart.roadmap.implementation.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A unit of roll-out (department, district, team) with what hangs on it. {@code wentLive} and {@code stableSince}
 * are the days the status reached live and stable (set by the service when not given); {@code monitoringDate} null
 * means the default after go-live. {@code version} moves on with every change of the unit or its rows.
 */
public record Unit(long id, long initiativeId, int position, String name, int staff, Set<Shift> shifts, boolean pilotUnit,
        boolean testUnit, LocalDate plannedGoLive, UnitStatus status, LocalDate wentLive, LocalDate stableSince,
        LocalDate monitoringDate, String monitoringOutcome, List<SuperUser> superUsers, List<TrainingSession> trainings,
        List<NewStaff> newStaff, long version) {
    public Unit {
        shifts = shifts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shifts));
        superUsers = List.copyOf(superUsers);
        trainings = List.copyOf(trainings);
        newStaff = List.copyOf(newStaff);
    }

    /** The shifts in their natural order (day first). */
    public List<Shift> orderedShifts() {
        return shifts.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(shifts));
    }

    public Unit withRows(List<SuperUser> su, List<TrainingSession> tr, List<NewStaff> ns) {
        return new Unit(id, initiativeId, position, name, staff, shifts, pilotUnit, testUnit, plannedGoLive, status, wentLive,
                stableSince, monitoringDate, monitoringOutcome, su, tr, ns, version);
    }

    public Unit withVersion(long v) {
        return new Unit(id, initiativeId, position, name, staff, shifts, pilotUnit, testUnit, plannedGoLive, status, wentLive,
                stableSince, monitoringDate, monitoringOutcome, superUsers, trainings, newStaff, v);
    }
}
