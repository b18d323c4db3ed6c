package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One risk of an initiative's risk and vulnerability analysis (ROS). Residual likelihood and consequence (after
 * measures) are both set or both null; without them the residual is the risk as assessed. Measures belong to the risk
 * and share its version.
 */
public record Risk(long id, long initiativeId, String title, String description, String cause, RiskCategory category,
        int likelihood, int consequence, Integer residualLikelihood, Integer residualConsequence, String contingency,
        Acceptance acceptance, String owner, LocalDate nextReview, List<Measure> measures, long version) {
    public Risk {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        measures = List.copyOf(measures);
        if ((residualLikelihood == null) != (residualConsequence == null)) {
            throw new IllegalArgumentException("residual likelihood and consequence go together");
        }
    }

    public int score() {
        return likelihood * consequence;
    }

    public boolean hasResidual() {
        return residualLikelihood != null;
    }

    /** The likelihood after measures: the residual one when assessed, else the one before. */
    public int effectiveResidualLikelihood() {
        return hasResidual() ? residualLikelihood : likelihood;
    }

    public int effectiveResidualConsequence() {
        return hasResidual() ? residualConsequence : consequence;
    }

    public int residualScore() {
        return effectiveResidualLikelihood() * effectiveResidualConsequence();
    }

    public boolean reviewOverdue(LocalDate today) {
        return nextReview != null && nextReview.isBefore(today);
    }

    public Risk withMeasures(List<Measure> newMeasures, long newVersion) {
        return new Risk(id, initiativeId, title, description, cause, category, likelihood, consequence, residualLikelihood,
                residualConsequence, contingency, acceptance, owner, nextReview, newMeasures, newVersion);
    }
}
