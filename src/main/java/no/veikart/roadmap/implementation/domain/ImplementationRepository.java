package no.veikart.roadmap.implementation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stored units with their super-users, trainings and new-staff records. Every change of a unit or one of its rows is
 * version-checked against the unit: when the stored version is no longer {@code expectedVersion} it throws
 * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict#staleVersion()} and changes nothing; otherwise the
 * unit's version moves on by one.
 */
public interface ImplementationRepository {
    /** The initiative's units in plan order, with their rows. */
    List<Unit> findByInitiative(long initiativeId);

    /** The units of several initiatives at once (export, portfolio, summary). */
    List<Unit> findByInitiatives(Collection<Long> initiativeIds);

    Optional<Unit> find(long unitId);

    /** Every live or stable unit of every initiative, with its rows (the daily reminders). */
    List<Unit> findLive();

    int countByInitiative(long initiativeId);

    /** Stores a new unit (id 0) at the end of the plan, version 1. */
    Unit create(Unit unit);

    /** Writes the unit's own fields (its rows stay as stored). */
    Unit update(Unit unit, long expectedVersion);

    /** Deletes the unit with all its rows. */
    void delete(long unitId, long expectedVersion);

    Unit addSuperUser(long unitId, SuperUser superUser, long expectedVersion);

    Unit addTraining(long unitId, TrainingSession training, long expectedVersion);

    Unit addNewStaff(long unitId, NewStaff newStaff, long expectedVersion);

    /** Removes one row of the unit; {@code kind} says which table. */
    Unit deleteRow(long unitId, RowKind kind, long rowId, long expectedVersion);

    enum RowKind {
        SUPER_USER, TRAINING, NEW_STAFF
    }
}
