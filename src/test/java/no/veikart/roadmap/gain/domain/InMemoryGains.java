package no.veikart.roadmap.gain.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.RoadmapException;
import org.mockito.AdditionalAnswers;
import org.mockito.Mockito;

/**
 * Gains, measurements and economics in memory with the version checks of {@link GainRepository}. Used through
 * {@link #repository()}, a Mockito mock delegating to these methods, so a method added to the repository later fails
 * only a test that calls it.
 */
public final class InMemoryGains {
    private final Map<Long, Gain> gains = new LinkedHashMap<>();
    private final Map<Long, Measurement> measurements = new LinkedHashMap<>();
    private final Map<Long, Economics> economics = new LinkedHashMap<>();
    private long nextId = 100;

    public GainRepository repository() {
        return Mockito.mock(GainRepository.class, AdditionalAnswers.delegatesTo(this));
    }

    public List<Gain> findByInitiative(long initiativeId) {
        return gains.values().stream().filter(g -> g.initiativeId() == initiativeId).toList();
    }

    public List<Gain> findByInitiatives(Collection<Long> initiativeIds) {
        return gains.values().stream().filter(g -> initiativeIds.contains(g.initiativeId())).toList();
    }

    public int countByInitiative(long initiativeId) {
        return findByInitiative(initiativeId).size();
    }

    public Optional<Gain> find(long id) {
        return Optional.ofNullable(gains.get(id));
    }

    public Gain create(Gain gain) {
        Gain stored = gain.withId(nextId++).withVersion(0);
        gains.put(stored.id(), stored);
        return stored;
    }

    public Gain update(Gain changed, long expectedVersion) {
        current(changed.id(), expectedVersion);
        Gain stored = changed.withVersion(expectedVersion + 1);
        gains.put(stored.id(), stored);
        return stored;
    }

    public void delete(long id, long expectedVersion) {
        current(id, expectedVersion);
        gains.remove(id);
        measurements.values().removeIf(m -> m.gainId() == id);
    }

    public List<Measurement> findMeasurements(long gainId) {
        return measurements.values().stream().filter(m -> m.gainId() == gainId)
                .sorted(Comparator.comparing(Measurement::date).thenComparingLong(Measurement::id)).toList();
    }

    public List<Measurement> findMeasurementsByInitiatives(Collection<Long> initiativeIds) {
        List<Measurement> found = new ArrayList<>();
        for (Gain gain : findByInitiatives(initiativeIds)) {
            found.addAll(findMeasurements(gain.id()));
        }
        return found;
    }

    public int countMeasurements(long gainId) {
        return findMeasurements(gainId).size();
    }

    public MeasurementAdded addMeasurement(Measurement measurement, long expectedVersion) {
        Gain gain = current(measurement.gainId(), expectedVersion);
        Measurement stored = measurement.withId(nextId++);
        measurements.put(stored.id(), stored);
        Gain raised = gain.withVersion(expectedVersion + 1);
        gains.put(raised.id(), raised);
        return new MeasurementAdded(raised, stored);
    }

    public Gain deleteMeasurement(long gainId, long measurementId, long expectedVersion) {
        Gain gain = current(gainId, expectedVersion);
        Measurement m = measurements.get(measurementId);
        if (m == null || m.gainId() != gainId) {
            // as the table: a measurement of another gain is not found under this one
            throw new RoadmapException.NotFound();
        }
        measurements.remove(measurementId);
        Gain raised = gain.withVersion(expectedVersion + 1);
        gains.put(raised.id(), raised);
        return raised;
    }

    public Optional<Economics> findEconomics(long initiativeId) {
        return Optional.ofNullable(economics.get(initiativeId));
    }

    public Map<Long, Economics> findEconomicsByInitiatives(Collection<Long> initiativeIds) {
        Map<Long, Economics> found = new LinkedHashMap<>();
        initiativeIds.forEach(id -> findEconomics(id).ifPresent(e -> found.put(id, e)));
        return found;
    }

    public Economics saveEconomics(Economics saved, Long expectedVersion) {
        Economics current = economics.get(saved.initiativeId());
        if (current == null ? expectedVersion != null : expectedVersion == null || current.version() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        Economics stored = saved.withVersion(current == null ? 0 : expectedVersion + 1);
        economics.put(saved.initiativeId(), stored);
        return stored;
    }

    private Gain current(long id, long expectedVersion) {
        Gain gain = gains.get(id);
        if (gain == null || gain.version() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return gain;
    }
}
