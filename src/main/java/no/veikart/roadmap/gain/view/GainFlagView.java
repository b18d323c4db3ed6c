package no.veikart.roadmap.gain.view;

public record GainFlagView(long gainId, String reason, String message) {
}
