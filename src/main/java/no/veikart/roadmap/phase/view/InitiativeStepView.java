package no.veikart.roadmap.phase.view;

public record InitiativeStepView(String key, String stepKey, String name, boolean mandatory, boolean done) {
}
