package no.veikart.roadmap.portfolio.fivestream;

import no.veikart.roadmap.stakeholder.domain.Level;

/** A stakeholder as the portfolio sees it: only who belongs where. No names or other personal data. */
public record StakeholderLevel(long stakeholderId, long initiativeId, Level level) {
}
