package no.veikart.roadmap.risk.view;

/** Who accepted a risk, why and when. */
public record AcceptanceView(String by, String byName, String reason, String date, String dateDisplay) {
}
