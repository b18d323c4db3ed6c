package no.veikart.roadmap.gain.domain;

import java.math.BigDecimal;

/**
 * A gain improvement in money. {@code amount} and {@code currency} are null when the gain cannot be monetised;
 * {@code exclusion} is null when the amount counts in the initiative's economics (NPV, payback).
 */
public record Monetisation(BigDecimal amount, Currency currency, Exclusion exclusion) {

    /** Why an improvement does not count as money in the economics' currency. */
    public enum Exclusion {
        /** Not money: COUNT, PERCENT, SCORE, or hours of a COST or QUALITY gain. */
        NOT_MONETISED,
        /** A TIME gain in hours, but the initiative has no economics (no hourly rate). */
        NO_HOURLY_RATE,
        /** A CURRENCY gain in another currency than the economics; the amount is kept in its own currency, never converted. */
        CURRENCY_MISMATCH
    }

    public boolean included() {
        return exclusion == null;
    }
}
