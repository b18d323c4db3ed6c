package no.veikart.roadmap.common.domain;

/**
 * The audit trail of changes people may later have to account for: gate overrides, deletions, permission refusals,
 * exports and erasures of personal data. Events carry who (user key) and what (action, record type, id, issue key,
 * codes), never names or text people typed: the log must not become a second store of personal data.
 */
public interface AuditLog {
    void record(AuditEvent event);
}
