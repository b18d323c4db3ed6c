package no.veikart.roadmap.phase.view;

public record TemplateStepView(String key, String name, boolean customName, boolean mandatory) {
}
