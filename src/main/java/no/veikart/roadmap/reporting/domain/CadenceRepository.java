package no.veikart.roadmap.reporting.domain;

import java.util.Collection;
import java.util.Map;

/** Stored reporting cadences; projects without a row keep {@link ReportingCadence#defaultFor}. */
public interface CadenceRepository {
    /** The stored cadences of those of {@code projectKeys} that have one, by project key; one query. */
    Map<String, ReportingCadence> find(Collection<String> projectKeys);

    /**
     * Stores the project's due day when its stored version is still {@code expectedVersion} (0: none stored yet);
     * otherwise a {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict} and nothing changes.
     */
    ReportingCadence save(String projectKey, int dueWorkingDay, long expectedVersion);
}
