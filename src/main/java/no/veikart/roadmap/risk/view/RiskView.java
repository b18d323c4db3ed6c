package no.veikart.roadmap.risk.view;

import java.util.List;

/**
 * A risk as REST and the panel show it (api.md's fields, then names in the reader's language and what the panel
 * marks). Residual fields are null when no residual assessment was made; {@code untreated}: stays high with neither
 * measure nor acceptance.
 */
public record RiskView(long id, String title, String description, String cause, String category, int likelihood,
        int consequence, int score, String level, Integer residualLikelihood, Integer residualConsequence,
        Integer residualScore, String residualLevel, List<MeasureView> measures, String contingency,
        AcceptanceView acceptance, String owner, String nextReview, long version, String categoryName, String levelName,
        String effectiveResidualLevel, String effectiveResidualLevelName, int effectiveResidualScore, String ownerName,
        String nextReviewDisplay, boolean reviewOverdue, boolean untreated, String cellBefore, String cellAfter) {
    public RiskView {
        measures = List.copyOf(measures);
    }
}
