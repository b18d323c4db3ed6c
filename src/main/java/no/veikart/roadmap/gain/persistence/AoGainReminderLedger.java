package no.veikart.roadmap.gain.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.java.ao.Query;
import no.veikart.roadmap.gain.domain.ReminderClaim;
import no.veikart.roadmap.gain.domain.ReminderKey;
import no.veikart.roadmap.gain.domain.ReminderLedger;
import no.veikart.roadmap.gain.domain.ReminderRecord;
import no.veikart.roadmap.platform.persistence.RevisionClaimEntity;

/**
 * Follow-up reminders in {@code AO_CEC056_GAIN_REMINDER}, claimed through unique keys so that every node and every
 * database agrees on who sends:
 * <ul>
 *   <li>a new reminder is claimed by inserting its row: {@code REMINDER_KEY} is unique, so of two runs inserting the
 *       same reminder one fails and sends nothing;</li>
 *   <li>every later change of a row (take-over of a failed or abandoned claim, sent, failed) moves its version from
 *       v to v+1 and, in the same transaction, inserts {@code gainReminder:<row id>:<v+1>} into the unique
 *       {@code REVISION_CLAIM} table. These claims are never deleted, so of any number of runs that read version v,
 *       exactly one makes the next change; the others roll back.</li>
 * </ul>
 */
public class AoGainReminderLedger implements ReminderLedger {
    private static final String CLAIM_PREFIX = "gainReminder:";
    private static final int CHUNK = 500;
    private static final int MAX_ERROR = 255;

    private final ActiveObjects ao;

    public AoGainReminderLedger(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<ReminderKey, ReminderRecord> find(Collection<ReminderKey> keys) {
        Map<String, ReminderKey> byText = new LinkedHashMap<>();
        keys.forEach(k -> byText.put(k.text(), k));
        List<String> texts = new ArrayList<>(byText.keySet());
        Map<ReminderKey, ReminderRecord> found = new HashMap<>();
        for (int from = 0; from < texts.size(); from += CHUNK) {
            List<String> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK));
            String in = "REMINDER_KEY IN (" + String.join(",", chunk.stream().map(t -> "?").toList()) + ")";
            for (GainReminderEntity e : ao.find(GainReminderEntity.class, Query.select().where(in, chunk.toArray()))) {
                ReminderKey key = byText.get(e.getReminderKey());
                found.put(key, record(key, e));
            }
        }
        return found;
    }

    @Override
    public Optional<ReminderClaim> claim(ReminderKey key, String ownerKey, Instant now) {
        try {
            return ao.executeInTransaction(() -> {
                GainReminderEntity[] rows = ao.find(GainReminderEntity.class,
                        Query.select().where("REMINDER_KEY = ?", key.text()));
                if (rows.length == 0) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("REMINDER_KEY", key.text());
                    row.put("GAIN_ID", key.gainId());
                    row.put("DUE_DATE", AoGainRepository.toDate(key.due()));
                    row.put("OWNER_KEY", ownerKey);
                    row.put("STATE", ReminderRecord.State.SENDING.name());
                    row.put("ATTEMPTS", 1);
                    row.put("UPDATED_AT", Date.from(now));
                    row.put("ROW_VERSION", 0L);
                    GainReminderEntity created = ao.create(GainReminderEntity.class, row);
                    return Optional.of(new ReminderClaim(key, created.getID(), 0, 1));
                }
                GainReminderEntity e = rows[0];
                if (!record(key, e).claimable(now)) {
                    return Optional.<ReminderClaim>empty();
                }
                int attempt = e.getAttempts() + 1;
                long version = advance(e, now, x -> {
                    x.setState(ReminderRecord.State.SENDING.name());
                    x.setAttempts(attempt);
                    x.setOwnerKey(ownerKey);
                });
                return Optional.of(new ReminderClaim(key, e.getID(), version, attempt));
            });
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public boolean sent(ReminderClaim claim, Instant now) {
        return transition(claim, now, e -> {
            e.setState(ReminderRecord.State.SENT.name());
            e.setSentAt(Date.from(now));
            e.setLastError(null);
        });
    }

    @Override
    public boolean failed(ReminderClaim claim, String reason, Instant now) {
        String error = reason == null ? null : reason.length() <= MAX_ERROR ? reason : reason.substring(0, MAX_ERROR);
        return transition(claim, now, e -> {
            e.setState(ReminderRecord.State.FAILED.name());
            e.setLastError(error);
        });
    }

    /** The claim holder's change from the claimed version to the next; false when the row moved on meanwhile. */
    private boolean transition(ReminderClaim claim, Instant now, Consumer<GainReminderEntity> change) {
        try {
            return ao.executeInTransaction(() -> {
                GainReminderEntity e = ao.get(GainReminderEntity.class, Math.toIntExact(claim.recordId()));
                if (e == null || e.getRowVersion() != claim.version()) {
                    return false;
                }
                advance(e, now, change);
                return true;
            });
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Applies the change as version v+1, claiming (row, v+1) uniquely; call inside a transaction. */
    private long advance(GainReminderEntity e, Instant now, Consumer<GainReminderEntity> change) {
        long next = e.getRowVersion() + 1;
        ao.create(RevisionClaimEntity.class, Map.of("CLAIM_KEY", CLAIM_PREFIX + e.getID() + ":" + next));
        change.accept(e);
        e.setUpdatedAt(Date.from(now));
        e.setRowVersion(next);
        e.save();
        return next;
    }

    private static ReminderRecord record(ReminderKey key, GainReminderEntity e) {
        Date updated = e.getUpdatedAt();
        return new ReminderRecord(key, ReminderRecord.State.valueOf(e.getState()), e.getAttempts(),
                updated == null ? Instant.EPOCH : updated.toInstant());
    }

    /** 23505: unique violation in PostgreSQL and H2; 23000: the integrity class of MySQL, Oracle and SQL Server. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || "23000".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
