package no.veikart.roadmap.reporting.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;
import no.veikart.roadmap.platform.persistence.RevisionClaims;
import no.veikart.roadmap.reporting.domain.ReportReminderLedger;

/** Reminders in REPORT_REMINDER, claimed by inserting their unique key (the gain reminders' way, without retries). */
public class AoReportReminderLedger implements ReportReminderLedger {
    private static final int CHUNK = 500;
    private final ActiveObjects ao;

    public AoReportReminderLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Set<String> claimed(Collection<Long> initiativeIds) {
        Set<String> out = new HashSet<>();
        List<Long> ids = List.copyOf(initiativeIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            String in = "INITIATIVE_ID IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            for (ReportReminderEntity e : ao.find(ReportReminderEntity.class, Query.select().where(in, chunk.toArray()))) {
                out.add(e.getReminderKey());
            }
        }
        return out;
    }

    @Override
    public boolean claim(long initiativeId, YearMonth period, Instant now) {
        try {
            return ao.executeInTransaction(() -> {
                ao.create(ReportReminderEntity.class, Map.of("REMINDER_KEY", ReportReminderLedger.key(initiativeId, period),
                        "INITIATIVE_ID", initiativeId, "CLAIMED_AT", Date.from(now)));
                return true;
            });
        } catch (RuntimeException e) {
            if (RevisionClaims.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(long initiativeId, YearMonth period) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(ReportReminderEntity.class, "REMINDER_KEY = ?", ReportReminderLedger.key(initiativeId, period));
            return null;
        });
    }
}
