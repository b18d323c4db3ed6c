package no.veikart.roadmap.gain.domain;

/** Direction of the two latest measurements, read towards the target (fewer care hours is improving when the target is lower). */
public enum Trend {
    IMPROVING,
    STEADY,
    WORSENING
}
