package no.veikart.roadmap.implementation.view;

public record OptionView(String value, String label) {
}
