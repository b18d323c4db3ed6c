package no.veikart.roadmap.gain.domain;

/** The three kinds of gain the gain realisation tool tracks: cost savings, saved time, increased quality. */
public enum GainType {
    COST,
    TIME,
    QUALITY
}
