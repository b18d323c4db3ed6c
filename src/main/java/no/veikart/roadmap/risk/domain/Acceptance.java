package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Who accepted a risk as it is, why and when (an audited decision). {@code byKey} is a Jira user key. */
public record Acceptance(String byKey, String reason, LocalDate date) {
    public Acceptance {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(date, "date");
    }
}
