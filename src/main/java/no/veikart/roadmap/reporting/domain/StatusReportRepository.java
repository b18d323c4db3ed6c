package no.veikart.roadmap.reporting.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored status reports. Writes are version-checked: a stale {@code expectedVersion} or a report that is already
 * published throws {@link no.veikart.roadmap.common.domain.RoadmapException.Conflict} and changes nothing. One report
 * per initiative and period (a unique key, so two nodes cannot both create one): a second throws
 * {@link PeriodTaken}.
 */
public interface StatusReportRepository {
    /** The initiative's reports, newest period first. */
    List<StatusReport> findByInitiative(long initiativeId);

    Optional<StatusReport> find(long reportId);

    StatusReport create(long initiativeId, YearMonth period, Map<Aspect, TrafficLight> lights, String comment);

    /** Rewrites a draft's period, lights and comment. */
    StatusReport update(long reportId, YearMonth period, Map<Aspect, TrafficLight> lights, String comment,
            long expectedVersion);

    StatusReport publish(long reportId, String userKey, Instant at, long expectedVersion);

    /** Per initiative id, its latest published report (by period); initiatives without one are absent. */
    Map<Long, StatusReport> latestPublished(Collection<Long> initiativeIds);

    /**
     * The published reports of {@code initiativeIds}, by initiative, newest period first (the workbook's sheet). This
     * default asks per initiative; the Active Objects adapter reads them in chunks.
     */
    default Map<Long, List<StatusReport>> publishedOf(Collection<Long> initiativeIds) {
        Map<Long, List<StatusReport>> out = new java.util.HashMap<>();
        for (Long id : initiativeIds) {
            List<StatusReport> published = findByInitiative(id).stream().filter(StatusReport::published).toList();
            if (!published.isEmpty()) {
                out.put(id, published);
            }
        }
        return out;
    }

    /** The period already has a report. */
    final class PeriodTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
