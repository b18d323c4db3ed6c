package no.veikart.roadmap.reporting.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeFigures;
import no.veikart.roadmap.platform.persistence.RevisionClaims;
import no.veikart.roadmap.reporting.domain.Aspect;
import no.veikart.roadmap.reporting.domain.ReportState;
import no.veikart.roadmap.reporting.domain.StatusReport;
import no.veikart.roadmap.reporting.domain.StatusReportRepository;
import no.veikart.roadmap.reporting.domain.TrafficLight;

/**
 * Status reports in one table filtered by its indexed INITIATIVE_ID. Every change claims the report's next version
 * (one writer wins across nodes); publishing refreshes the initiative's summary row in the same transaction.
 */
public class AoStatusReportRepository implements StatusReportRepository {
    private static final int CHUNK = 500;

    private final ActiveObjects ao;
    private final RevisionClaims claims;
    private final InitiativeFigures figures;

    public AoStatusReportRepository(ActiveObjects ao, InitiativeFigures figures) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
        this.figures = figures;
    }

    @Override
    public List<StatusReport> findByInitiative(long initiativeId) {
        List<StatusReport> out = new ArrayList<>();
        for (StatusReportEntity e : ao.find(StatusReportEntity.class,
                Query.select().where("INITIATIVE_ID = ?", initiativeId).order("PERIOD DESC, ID DESC"))) {
            out.add(toReport(e));
        }
        return out;
    }

    @Override
    public Optional<StatusReport> find(long reportId) {
        return Optional.ofNullable(ao.get(StatusReportEntity.class, (int) reportId)).map(AoStatusReportRepository::toReport);
    }

    @Override
    public StatusReport create(long initiativeId, YearMonth period, Map<Aspect, TrafficLight> lights, String comment) {
        return claims.write(() -> {
            if (taken(initiativeId, period, -1)) {
                throw new PeriodTaken();
            }
            Map<String, Object> values = new HashMap<>();
            values.put("INITIATIVE_ID", initiativeId);
            values.put("PERIOD_KEY", periodKey(initiativeId, period));
            values.put("PERIOD", period.toString());
            values.put("STATE", ReportState.DRAFT.name());
            values.put("ROW_VERSION", 1L);
            StatusReportEntity e;
            try {
                e = ao.create(StatusReportEntity.class, values);
            } catch (RuntimeException ex) {
                if (RevisionClaims.isUniqueViolation(ex)) {
                    throw new PeriodTaken();
                }
                throw ex;
            }
            // Version 1 has its claim like every later one, so a claim table check finds no version without one.
            claims.claim("statusReport", e.getID(), 1);
            write(e, lights, comment);
            e.save();
            return toReport(e);
        });
    }

    @Override
    public StatusReport update(long reportId, YearMonth period, Map<Aspect, TrafficLight> lights, String comment,
            long expectedVersion) {
        return claims.write(() -> {
            StatusReportEntity e = draft(reportId, expectedVersion);
            if (taken(e.getInitiativeId(), period, reportId)) {
                throw new PeriodTaken();
            }
            claims.claim("statusReport", reportId, expectedVersion + 1);
            e.setPeriod(period.toString());
            e.setPeriodKey(periodKey(e.getInitiativeId(), period));
            write(e, lights, comment);
            e.setRowVersion(expectedVersion + 1);
            e.save();
            return toReport(e);
        });
    }

    @Override
    public StatusReport publish(long reportId, String userKey, Instant at, long expectedVersion) {
        return claims.write(() -> {
            StatusReportEntity e = draft(reportId, expectedVersion);
            claims.claim("statusReport", reportId, expectedVersion + 1);
            e.setState(ReportState.PUBLISHED.name());
            e.setPublishedBy(userKey);
            e.setPublishedAt(Date.from(at));
            e.setRowVersion(expectedVersion + 1);
            e.save();
            figures.refresh(e.getInitiativeId());
            return toReport(e);
        });
    }

    @Override
    public Map<Long, List<StatusReport>> publishedOf(Collection<Long> initiativeIds) {
        Map<Long, List<StatusReport>> out = new HashMap<>();
        published(initiativeIds, e -> out.computeIfAbsent(e.getInitiativeId(), k -> new ArrayList<>()).add(toReport(e)));
        return out;
    }

    /** Published reports of the initiatives, chunked, each initiative's newest period first. */
    private void published(Collection<Long> initiativeIds, java.util.function.Consumer<StatusReportEntity> sink) {
        List<Long> ids = new ArrayList<>(initiativeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = "STATE = ? AND INITIATIVE_ID IN (" + String.join(",", chunk.stream().map(i -> "?").toList()) + ")";
            List<Object> params = new ArrayList<>();
            params.add(ReportState.PUBLISHED.name());
            params.addAll(chunk);
            for (StatusReportEntity e : ao.find(StatusReportEntity.class,
                    Query.select().where(in, params.toArray()).order("PERIOD DESC, ID DESC"))) {
                sink.accept(e);
            }
        }
    }

    @Override
    public Map<Long, StatusReport> latestPublished(Collection<Long> initiativeIds) {
        Map<Long, StatusReport> latest = new HashMap<>();
        // Newest period first, so the first row seen per initiative is its latest.
        published(initiativeIds, e -> latest.putIfAbsent(e.getInitiativeId(), toReport(e)));
        return latest;
    }

    private StatusReportEntity draft(long reportId, long expectedVersion) {
        StatusReportEntity e = ao.get(StatusReportEntity.class, (int) reportId);
        if (e == null) {
            throw new RoadmapException.NotFound();
        }
        if (ReportState.PUBLISHED.name().equals(e.getState())) {
            throw new RoadmapException.Conflict(FieldError.of("state", "roadmap.reporting.error.published"));
        }
        if (e.getRowVersion() != expectedVersion) {
            throw RoadmapException.Conflict.staleVersion();
        }
        return e;
    }

    private boolean taken(long initiativeId, YearMonth period, long exceptId) {
        for (StatusReportEntity e : ao.find(StatusReportEntity.class,
                Query.select("ID, PERIOD_KEY").where("PERIOD_KEY = ?", periodKey(initiativeId, period)))) {
            if (e.getID() != exceptId) {
                return true;
            }
        }
        return false;
    }

    private static String periodKey(long initiativeId, YearMonth period) {
        return initiativeId + ":" + period;
    }

    private static void write(StatusReportEntity e, Map<Aspect, TrafficLight> lights, String comment) {
        e.setLightOverall(TrafficLight.nameOf(lights.get(Aspect.OVERALL)));
        e.setLightPhase(TrafficLight.nameOf(lights.get(Aspect.PHASE)));
        e.setLightGains(TrafficLight.nameOf(lights.get(Aspect.GAINS)));
        e.setLightAnchoring(TrafficLight.nameOf(lights.get(Aspect.ANCHORING)));
        e.setLightRisks(TrafficLight.nameOf(lights.get(Aspect.RISKS)));
        e.setCommentText(comment);
    }

    private static TrafficLight light(String name) {
        return name == null ? null : TrafficLight.valueOf(name);
    }

    static StatusReport toReport(StatusReportEntity e) {
        Map<Aspect, TrafficLight> lights = new EnumMap<>(Aspect.class);
        lights.put(Aspect.OVERALL, light(e.getLightOverall()));
        lights.put(Aspect.PHASE, light(e.getLightPhase()));
        lights.put(Aspect.GAINS, light(e.getLightGains()));
        lights.put(Aspect.ANCHORING, light(e.getLightAnchoring()));
        lights.put(Aspect.RISKS, light(e.getLightRisks()));
        return new StatusReport(e.getID(), e.getInitiativeId(), YearMonth.parse(e.getPeriod()), lights, e.getCommentText(),
                ReportState.valueOf(e.getState()), e.getPublishedBy(), e.getPublishedAt() == null ? null
                        : e.getPublishedAt().toInstant(), e.getRowVersion());
    }
}
