package no.veikart.roadmap.phase.domain;

/**
 * A step of a template phase. {@code customName} is null for the method's own steps, whose names come from
 * i18n ({@link #nameKey()}) so every user reads them in their language.
 */
public record StepDefinition(String key, String customName, boolean mandatory) {
    public String nameKey() {
        return "roadmap.step." + key + ".name";
    }

    public String descriptionKey() {
        return "roadmap.step." + key + ".description";
    }
}
