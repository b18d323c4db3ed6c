package no.veikart.roadmap.gain.domain;

/** The Nordic currencies (and the euro) money is kept in. Nothing is ever converted between them. */
public enum Currency {
    NOK,
    DKK,
    SEK,
    EUR
}
