package no.veikart.roadmap.phase.domain;

/**
 * A request to move an initiative. {@code to} may be null when a decision names the target;
 * {@code reason} explains a halt; {@code overrideReason} explains passing a gate with open mandatory steps.
 */
public record MoveRequest(String to, Decision decision, String overrideReason, String reason) {
}
