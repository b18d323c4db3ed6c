package no.veikart.roadmap.common.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One audit line. {@code details} hold codes only (phase keys, permission names, counts), never free text; the
 * adapter writes every value as a plain token, so a value cannot forge a second line or field.
 */
public record AuditEvent(String action, String userKey, String entityType, Long entityId, String issueKey,
        Map<String, String> details) {
    public AuditEvent {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static AuditEvent of(String action, Actor actor, String entityType, Long entityId, String issueKey) {
        return new AuditEvent(action, actor == null ? null : actor.userKey(), entityType, entityId, issueKey, Map.of());
    }

    /** This event with one more detail (left out when null), after the ones added before. */
    public AuditEvent with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(key, String.valueOf(value));
        return new AuditEvent(action, userKey, entityType, entityId, issueKey, more);
    }
}
