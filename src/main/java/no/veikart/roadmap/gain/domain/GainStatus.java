package no.veikart.roadmap.gain.domain;

/** Derived status of a gain; see {@link GainCalculator#status} for the rule. */
public enum GainStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    REALISED
}
