package no.veikart.roadmap.risk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The handover to operations (phase 5, "Switch to operations"): the meeting where the final report, the gain
 * realisation plan and the ROS are reviewed. {@code operationsOwner} is a Jira user key; {@code finalReport} text or a
 * link to an attachment or Confluence page.
 */
public record Handover(long initiativeId, LocalDate meetingDate, String operationsOwner, String finalReport,
        boolean gainPlanReviewed, boolean riskAnalysisReviewed, String participants, String learningPoints,
        HandoverOutcome outcome, long version) {
    /** The items a handover needs before it counts as done, as JSON field names. */
    public static final List<String> ITEMS = List.of("meetingDate", "operationsOwner", "finalReport", "gainPlanReviewed",
            "riskAnalysisReviewed");

    public Handover {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static Handover empty(long initiativeId) {
        return new Handover(initiativeId, null, null, null, false, false, null, null, HandoverOutcome.PENDING, 0);
    }

    /** The items of {@link #ITEMS} still missing. */
    public List<String> missingItems() {
        List<String> missing = new ArrayList<>();
        if (meetingDate == null) {
            missing.add("meetingDate");
        }
        if (operationsOwner == null) {
            missing.add("operationsOwner");
        }
        if (finalReport == null) {
            missing.add("finalReport");
        }
        if (!gainPlanReviewed) {
            missing.add("gainPlanReviewed");
        }
        if (!riskAnalysisReviewed) {
            missing.add("riskAnalysisReviewed");
        }
        return List.copyOf(missing);
    }

    public boolean done() {
        return outcome == HandoverOutcome.HANDED_OVER && missingItems().isEmpty();
    }
}
