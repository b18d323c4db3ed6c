package no.veikart.roadmap.phase.view;

import java.util.List;

public record InitiativeStepView(String key, String stepKey, String name, boolean mandatory, boolean done) {
}
