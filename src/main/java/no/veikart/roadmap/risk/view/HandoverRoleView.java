package no.veikart.roadmap.risk.view;

/** One procedure of the HUKI matrix on the handover page. */
public record HandoverRoleView(String procedure, String assignments) {
}
