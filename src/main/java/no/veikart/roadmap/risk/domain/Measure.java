package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measure against a risk: {@code owner} a Jira user key or a name as typed; {@code issueKey} the Jira task made for
 * it, if any. Id 0 until stored.
 */
public record Measure(long id, String text, String owner, LocalDate due, MeasureStatus status, String issueKey) {
    public Measure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }

    public boolean overdue(LocalDate today) {
        return due != null && status != MeasureStatus.DONE && due.isBefore(today);
    }

    public Measure withIssueKey(String key) {
        return new Measure(id, text, owner, due, status, key);
    }
}
