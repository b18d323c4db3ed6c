package no.veikart.roadmap.portfolio.domain;

/** An initiative counted in a portfolio, as a {@link PortfolioSection} receives it: ids, key and where it stands. */
public record PortfolioInitiative(long initiativeId, long issueId, String issueKey, String projectKey, String summary,
        String currentPhase, String status) {
}
