package no.veikart.roadmap.reporting.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;

/** The repository's rules in memory, for service tests (the AO one passes the same rules in its contract test). */
final class InMemoryStatusReports implements StatusReportRepository {
    private final Map<Long, StatusReport> rows = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public List<StatusReport> findByInitiative(long initiativeId) {
        return rows.values().stream().filter(r -> r.initiativeId() == initiativeId)
                .sorted(Comparator.comparing(StatusReport::period).reversed().thenComparing(Comparator.comparingLong(StatusReport::id).reversed()))
                .toList();
    }

    @Override
    public Optional<StatusReport> find(long reportId) {
        return Optional.ofNullable(rows.get(reportId));
    }

    @Override
    public StatusReport create(long initiativeId, YearMonth period, Map<Aspect, TrafficLight> lights, String comment) {
        taken(initiativeId, period, -1);
        StatusReport r = new StatusReport(nextId++, initiativeId, period, lights, comment, ReportState.DRAFT, null, null, 1);
        rows.put(r.id(), r);
        return r;
    }

    @Override
    public StatusReport update(long reportId, YearMonth period, Map<Aspect, TrafficLight> lights, String comment,
            long expectedVersion) {
        StatusReport c = draft(reportId, expectedVersion);
        taken(c.initiativeId(), period, reportId);
        StatusReport r = new StatusReport(reportId, c.initiativeId(), period, lights, comment, ReportState.DRAFT, null, null,
                expectedVersion + 1);
        rows.put(reportId, r);
        return r;
    }

    @Override
    public StatusReport publish(long reportId, String userKey, Instant at, long expectedVersion) {
        StatusReport c = draft(reportId, expectedVersion);
        StatusReport r = new StatusReport(reportId, c.initiativeId(), c.period(), c.lights(), c.comment(), ReportState.PUBLISHED,
                userKey, at, expectedVersion + 1);
        rows.put(reportId, r);
        return r;
    }

    @Override
    public Map<Long, StatusReport> latestPublished(Collection<Long> initiativeIds) {
        Map<Long, StatusReport> out = new HashMap<>();
        for (long id : initiativeIds) {
            findByInitiative(id).stream().filter(StatusReport::published).findFirst().ifPresent(r -> out.put(id, r));
        }
        return out;
    }

    private StatusReport draft(long id, long expectedVersion) {
        StatusReport c = rows.get(id);
        if (c == null) {
            throw new RoadmapException.NotFound();
        }
        if (c.published()) {
            throw new RoadmapException.Conflict(FieldError.of("state", "roadmap.reporting.error.published"));
        }
        if (c.version() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return c;
    }

    private void taken(long initiativeId, YearMonth period, long except) {
        List<StatusReport> same = new ArrayList<>(rows.values());
        if (same.stream().anyMatch(r -> r.initiativeId() == initiativeId && r.period().equals(period) && r.id() != except)) {
            throw new PeriodTaken();
        }
    }
}
