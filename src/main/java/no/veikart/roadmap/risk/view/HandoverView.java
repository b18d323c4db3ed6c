package no.veikart.roadmap.risk.view;

import java.util.List;

/** The handover as GET/PUT …/handover answers (api.md's fields first), with names and what is still missing. */
public record HandoverView(String meetingDate, String operationsOwner, String finalReport, boolean gainPlanReviewed,
        boolean riskAnalysisReviewed, String participants, String learningPoints, String outcome, long version,
        String initiativeKey, boolean editable, String operationsOwnerName, String outcomeName, String meetingDateDisplay,
        List<String> missing, boolean done, boolean hasMissing, String missingText) {
    public HandoverView {
        missing = List.copyOf(missing);
    }
}
