package no.veikart.roadmap.stakeholder.domain;

/**
 * Unvalidated input for logging a contact: {@code date} (ISO, required, not in the future), {@code phaseKey}
 * (optional; the current phase when blank), {@code agreed} (required) and optionally the {@code nextContact} to
 * plan in the same go.
 */
public record ContactLogDraft(String date, String phaseKey, String agreed, String nextContact) {
}
