package no.veikart.roadmap.risk.domain;

import java.util.List;

/**
 * A risk as typed. {@code measures} null keeps the stored measures (on change); {@code acceptance} null keeps the
 * stored acceptance, an acceptance with a blank reason withdraws it.
 */
public record RiskDraft(String title, String description, String cause, String category, Integer likelihood,
        Integer consequence, Integer residualLikelihood, Integer residualConsequence, String contingency,
        AcceptanceDraft acceptance, String owner, String nextReview, List<MeasureDraft> measures, Long version) {

    public record AcceptanceDraft(String reason, String date) {
    }
}
