package no.veikart.roadmap.reporting.web;

import java.util.List;

/** One initiative of the summary; {@code overdue} is a sentence when its status report is late, else empty. */
public record SummaryRow(String issueKey, String summary, String phase, List<SummaryLight> lights, String period,
        String planned, String realised, String investment, String cost, String nextMilestone, String overdue) {
}
