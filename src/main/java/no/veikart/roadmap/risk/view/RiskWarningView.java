package no.veikart.roadmap.risk.view;

/** A warning in the reader's language, with the risk (and measure) it is about. */
public record RiskWarningView(String code, String message, Long riskId, Long measureId) {
}
