package no.veikart.roadmap.gain.view;

public record GainOptionView(String value, String label) {
}
