package no.veikart.roadmap.risk.view;

/** A phase move on the handover page, names and date in the reader's language. */
public record HandoverMoveView(String from, String to, String when, String by, String decision) {
}
