package no.veikart.roadmap.gain.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import no.veikart.roadmap.gain.domain.GainSearchFields;
import no.veikart.roadmap.gain.domain.GainSyncPendingStore;
import no.veikart.roadmap.platform.persistence.RevisionClaims;

/** The waiting list of initiatives whose search fields are out of step, in one table with a unique initiative id. */
public class AoGainSyncPendingStore implements GainSyncPendingStore {
    private final ActiveObjects ao;

    public AoGainSyncPendingStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(long initiativeId, long issueId, String issueKey, GainSearchFields.Reason reason, Instant at) {
        try {
            ao.executeInTransaction(() -> upsert(initiativeId, issueId, issueKey, reason, at));
        } catch (RuntimeException e) {
            if (!RevisionClaims.isUniqueViolation(e)) {
                throw e;
            }
            // Another node recorded the same initiative at the same moment: count this attempt on its row.
            ao.executeInTransaction(() -> upsert(initiativeId, issueId, issueKey, reason, at));
        }
    }

    private Void upsert(long initiativeId, long issueId, String issueKey, GainSearchFields.Reason reason, Instant at) {
        GainSyncPendingEntity[] rows = ao.find(GainSyncPendingEntity.class,
                Query.select().where("INITIATIVE_ID = ?", initiativeId));
        if (rows.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put("INITIATIVE_ID", initiativeId);
            row.put("ISSUE_ID", issueId);
            row.put("ISSUE_KEY", issueKey);
            row.put("REASON", reason.name());
            row.put("ATTEMPTS", 1);
            row.put("FIRST_FAILED", Date.from(at));
            row.put("LAST_FAILED", Date.from(at));
            ao.create(GainSyncPendingEntity.class, row);
            return null;
        }
        GainSyncPendingEntity e = rows[0];
        e.setIssueId(issueId);
        e.setIssueKey(issueKey);
        e.setReason(reason.name());
        e.setAttempts(e.getAttempts() + 1);
        e.setLastFailed(Date.from(at));
        e.save();
        return null;
    }

    @Override
    public void remove(long initiativeId) {
        ao.deleteWithSQL(GainSyncPendingEntity.class, "INITIATIVE_ID = ?", initiativeId);
    }

    @Override
    public List<Pending> list(int limit) {
        List<Pending> waiting = new ArrayList<>();
        for (GainSyncPendingEntity e : ao.find(GainSyncPendingEntity.class,
                Query.select().order("FIRST_FAILED ASC, ID ASC").limit(limit))) {
            waiting.add(new Pending(e.getInitiativeId(), e.getIssueId(), e.getIssueKey(), reason(e.getReason()),
                    e.getAttempts(), e.getFirstFailed().toInstant(), e.getLastFailed().toInstant()));
        }
        return waiting;
    }

    @Override
    public int count() {
        return ao.count(GainSyncPendingEntity.class);
    }

    private static GainSearchFields.Reason reason(String stored) {
        for (GainSearchFields.Reason reason : GainSearchFields.Reason.values()) {
            if (reason.name().equals(stored)) {
                return reason;
            }
        }
        return GainSearchFields.Reason.ERROR;
    }
}
