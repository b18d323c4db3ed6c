package no.veikart.roadmap.phase.web;

public record ProgressPanelOption(String value, String label) {
}
