package no.veikart.roadmap.implementation.domain;

/** The shifts a unit runs; each needs a super-user of its own (seed 001: "robust … on all shifts"). */
public enum Shift {
    DAY, EVENING, NIGHT, WEEKEND
}
