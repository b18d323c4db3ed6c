package no.veikart.roadmap.phase.domain;

public enum InitiativeStatus {
    ACTIVE,
    HALTED
}
