package no.veikart.roadmap.initiative.domain;

/**
 * A feature's share of an initiative's summary row, computed from that feature's own rows only (so no feature reads
 * another's tables). Called inside the transaction of the change, in the order the parts are wired: the initiative
 * part (phase feature) first, as the others may need its current phase.
 */
@FunctionalInterface
public interface SummaryPart {
    /** {@code row} with this part's columns set from the current data of {@code row.initiativeId()}. */
    InitiativeSummary fill(InitiativeSummary row);
}
