package no.veikart.roadmap.portfolio.fivestream;

/** A stakeholder marked ANCHORED in a phase. */
public record AnchoredIn(long stakeholderId, long initiativeId, String phaseKey) {
}
