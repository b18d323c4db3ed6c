package no.veikart.roadmap.reporting.view;

/**
 * One initiative's latest published lights ({@code GET /status-reports/latest}): null lights and period when it has
 * no published report yet.
 */
public record LatestLightsView(String issueKey, String projectKey, String period, String overall, String phase,
        String gains, String anchoring, String risks, String publishedAt) {
}
