package no.veikart.roadmap.implementation.view;

public record WarningView(String code, Long unitId, String shift, String message) {
}
