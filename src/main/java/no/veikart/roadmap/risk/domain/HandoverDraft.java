package no.veikart.roadmap.risk.domain;

/** The handover as typed (PUT …/handover). */
public record HandoverDraft(String meetingDate, String operationsOwner, String finalReport, Boolean gainPlanReviewed,
        Boolean riskAnalysisReviewed, String participants, String learningPoints, String outcome, Long version) {
}
