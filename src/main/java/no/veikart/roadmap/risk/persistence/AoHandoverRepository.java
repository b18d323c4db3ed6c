package no.veikart.roadmap.risk.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.platform.persistence.RevisionClaims;
import no.veikart.roadmap.risk.domain.Handover;
import no.veikart.roadmap.risk.domain.HandoverOutcome;
import no.veikart.roadmap.risk.domain.HandoverRepository;

/** One HANDOVER row per initiative, created at the first save; saves claim their version like every change. */
public class AoHandoverRepository implements HandoverRepository {
    private final ActiveObjects ao;
    private final RevisionClaims claims;

    public AoHandoverRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new RevisionClaims(ao);
    }

    @Override
    public Optional<Handover> find(long initiativeId) {
        HandoverEntity[] rows = ao.find(HandoverEntity.class, Query.select().where("INITIATIVE_ID = ?", initiativeId));
        if (rows.length == 0) {
            return Optional.empty();
        }
        HandoverEntity e = rows[0];
        return Optional.of(new Handover(initiativeId, AoRiskRepository.toLocalDate(e.getMeetingDate()), e.getOperationsOwner(),
                e.getFinalReport(), e.isGainPlanReviewed(), e.isRiskAnalysisReviewed(), e.getParticipants(),
                e.getLearningPoints(), HandoverOutcome.valueOf(e.getOutcome()), e.getRowVersion()));
    }

    @Override
    public Handover save(Handover h, long expectedVersion) {
        return claims.write(() -> {
            HandoverEntity[] rows = ao.find(HandoverEntity.class, Query.select().where("INITIATIVE_ID = ?", h.initiativeId()));
            long stored = rows.length == 0 ? 0 : rows[0].getRowVersion();
            if (stored != expectedVersion) {
                throw RoadmapException.Conflict.staleVersion();
            }
            claims.claim("handover", h.initiativeId(), expectedVersion + 1);
            HandoverEntity e;
            if (rows.length == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put("INITIATIVE_ID", h.initiativeId());
                row.put("GAIN_PLAN_REVIEWED", false);
                row.put("RISK_ANALYSIS_REVIEWED", false);
                row.put("ROW_VERSION", 0L);
                e = ao.create(HandoverEntity.class, row);
            } else {
                e = rows[0];
            }
            e.setMeetingDate(AoRiskRepository.toDate(h.meetingDate()));
            e.setOperationsOwner(h.operationsOwner());
            e.setFinalReport(h.finalReport());
            e.setGainPlanReviewed(h.gainPlanReviewed());
            e.setRiskAnalysisReviewed(h.riskAnalysisReviewed());
            e.setParticipants(h.participants());
            e.setLearningPoints(h.learningPoints());
            e.setOutcome(h.outcome().name());
            e.setRowVersion(expectedVersion + 1);
            e.save();
            return find(h.initiativeId()).orElseThrow();
        });
    }
}
