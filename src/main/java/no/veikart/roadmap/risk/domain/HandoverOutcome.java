package no.veikart.roadmap.risk.domain;

/** The handover meeting's result; NOT_READY is the method's "take a step back" when the challenges are too great. */
public enum HandoverOutcome {
    PENDING,
    HANDED_OVER,
    NOT_READY
}
