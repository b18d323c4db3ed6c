package no.veikart.roadmap.roles.domain;

/** What the matrix needs of a stakeholder of the anchoring tool: who it is and its attitude now (−2 … +2). */
public record StakeholderFact(long id, String name, int attitude) {
}
