package no.veikart.roadmap.phase.web;

import java.util.List;
import no.veikart.roadmap.phase.view.InitiativeView;

public record ProgressPanelOption(String value, String label) {
}
