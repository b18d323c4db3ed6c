package no.veikart.roadmap.gain.domain;

/** What a gain's values are counted in. {@link #CURRENCY} values carry a {@link Currency}; {@link #PERCENT} values lie in 0…100. */
public enum Unit {
    CURRENCY,
    HOURS,
    COUNT,
    PERCENT,
    SCORE
}
