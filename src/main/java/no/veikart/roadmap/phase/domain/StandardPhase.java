package no.veikart.roadmap.phase.domain;

/** The six phases of the KS Roadmap for Service Innovation; the keys are part of the REST contract. */
public enum StandardPhase {
    ANCHORING,
    INSIGHT,
    SERVICE_DEVELOPMENT,
    PILOTING,
    TRANSITION_TO_OPERATIONS,
    NEW_PRACTICES
}
