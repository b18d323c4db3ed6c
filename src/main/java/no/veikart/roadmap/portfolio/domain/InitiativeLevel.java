package no.veikart.roadmap.portfolio.domain;

import no.veikart.roadmap.stakeholder.domain.Level;

/** A stakeholder level an initiative has (or has anchored): only which levels, no names or other personal data. */
public record InitiativeLevel(long initiativeId, Level level) {
}
