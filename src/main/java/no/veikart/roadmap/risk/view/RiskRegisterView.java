package no.veikart.roadmap.risk.view;

import java.util.List;

/**
 * The register as GET …/risks answers and the panel renders it: api.md's fields ({@code risks, matrix,
 * contingencyPlan, warnings}) first, then what the panel needs (heat map rows top-down, scales, options).
 */
public record RiskRegisterView(List<RiskView> risks, MatrixView matrix, String contingencyPlan, List<RiskWarningView> warnings,
        String initiativeKey, String projectKey, boolean editable, long contingencyPlanVersion, String sort,
        List<HeatRowView> before, List<HeatRowView> after, List<ScaleView> likelihoods, List<ScaleView> consequences,
        List<OptionView> categories, List<OptionView> statuses, boolean hasRisks, boolean hasWarnings, int highCount) {
    public RiskRegisterView {
        risks = List.copyOf(risks);
        warnings = List.copyOf(warnings);
    }
}
