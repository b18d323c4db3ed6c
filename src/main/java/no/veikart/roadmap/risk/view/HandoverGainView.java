package no.veikart.roadmap.risk.view;

/** A gain on the handover page: owner, frequency and next follow-up (overdue marked). */
public record HandoverGainView(String title, String owner, String frequency, String nextFollowUp, boolean overdue) {
}
