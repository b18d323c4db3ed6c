package no.veikart.roadmap.portfolio.domain;

/** A stakeholder marked ANCHORED in a phase. */
public record AnchoredIn(long stakeholderId, long initiativeId, String phaseKey) {
}
