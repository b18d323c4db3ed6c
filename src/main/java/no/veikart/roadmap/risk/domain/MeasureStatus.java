package no.veikart.roadmap.risk.domain;

/** How far a measure against a risk has come. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
