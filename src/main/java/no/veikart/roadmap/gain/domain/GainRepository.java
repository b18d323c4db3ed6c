package no.veikart.roadmap.gain.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored gains, their measurements and each initiative's economics. Every change is version-checked: when the stored
 * version is no longer {@code expectedVersion} (or the row is gone), the method throws
 * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict#staleVersion()} and changes nothing. Adding or
 * removing a measurement counts as a change of its gain (the gain's version goes up), as a contact does for a
 * stakeholder.
 */
public interface GainRepository {
    /** The initiative's gains, oldest first. */
    List<Gain> findByInitiative(long initiativeId);

    /** The gains of several initiatives at once (export, portfolio), oldest first; an implementation may query in chunks. */
    List<Gain> findByInitiatives(Collection<Long> initiativeIds);

    int countByInitiative(long initiativeId);

    Optional<Gain> find(long id);

    /** The gains of {@code ids} that exist, in no particular order (the portfolio's overdue follow-ups, 50 at most). */
    default List<Gain> findByIds(Collection<Long> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Stores a new gain (id 0); returns it with its id and version 0. */
    Gain create(Gain gain);

    /** Writes all fields of {@code changed} (found by its id) if the stored version is {@code expectedVersion}; returns it with the next version. */
    Gain update(Gain changed, long expectedVersion);

    /** Deletes the gain and its measurements if the stored version is {@code expectedVersion}. */
    void delete(long id, long expectedVersion);

    /** The gain's measurements by date, then id. */
    List<Measurement> findMeasurements(long gainId);

    /** The measurements of every gain of several initiatives, by date, then id. */
    List<Measurement> findMeasurementsByInitiatives(Collection<Long> initiativeIds);

    int countMeasurements(long gainId);

    /** In one transaction: appends {@code measurement} (id 0) and raises its gain's version if that is {@code expectedVersion}. */
    MeasurementAdded addMeasurement(Measurement measurement, long expectedVersion);

    /** In one transaction: removes a measurement of the gain and raises the gain's version if that is {@code expectedVersion}. */
    Gain deleteMeasurement(long gainId, long measurementId, long expectedVersion);

    /**
     * Every gain with the date of its latest measurement (null without measurements), for the follow-up reminders:
     * a fixed number of queries however many gains there are, never one per gain.
     */
    List<MeasurementSchedule> findMeasurementSchedules();

    Optional<Economics> findEconomics(long initiativeId);

    /** Economics by initiative id, for those of {@code initiativeIds} that have any. */
    Map<Long, Economics> findEconomicsByInitiatives(Collection<Long> initiativeIds);

    /**
     * Stores the initiative's economics: creates them (version 0) when {@code expectedVersion} is null and the
     * initiative has none yet, otherwise updates them if the stored version is {@code expectedVersion}.
     */
    Economics saveEconomics(Economics economics, Long expectedVersion);
}
