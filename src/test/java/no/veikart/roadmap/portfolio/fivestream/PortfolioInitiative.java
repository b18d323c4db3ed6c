package no.veikart.roadmap.portfolio.fivestream;

/** The few columns of an initiative the portfolio reads. */
public record PortfolioInitiative(long id, long issueId, String issueKey, String projectKey, String summary,
        String currentPhase, String status) {
}
