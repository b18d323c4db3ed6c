package no.veikart.roadmap.reporting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The admins' list of organisational units and which unit each initiative belongs to. Sector and department together
 * are unique (a second one is {@link DuplicateUnit}). An assignment has a version; a stale one is a
 * {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict}.
 */
public interface OrgUnitRepository {
    /** Every unit, by sector then department. */
    List<OrgUnit> list();

    OrgUnit create(String sector, String department);

    /** Deletes the unit and every assignment to it; false when there was none. */
    boolean delete(long unitId);

    /** Per initiative id, its unit id and assignment version; initiatives without a unit are absent. One query a chunk. */
    Map<Long, Assignment> assignments(Collection<Long> initiativeIds);

    /** Sets (or with {@code unitId} null clears) the initiative's unit; {@code expectedVersion} 0 when it has none yet. */
    Assignment assign(long initiativeId, Long unitId, long expectedVersion);

    record Assignment(Long unitId, long version) {
    }

    final class DuplicateUnit extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
