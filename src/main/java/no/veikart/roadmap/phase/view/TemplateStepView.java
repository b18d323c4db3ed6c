package no.veikart.roadmap.phase.view;

import java.util.List;

public record TemplateStepView(String key, String name, boolean customName, boolean mandatory) {
}
