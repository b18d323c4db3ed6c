package no.veikart.roadmap.phase.web;

import java.util.List;
import no.veikart.roadmap.phase.view.InitiativeView;

/** View model of the roadmap progress panel on initiative, phase and step issues. */
public record ProgressPanelModel(InitiativeView initiative, boolean piloting, boolean halted, List<ProgressPanelOption> moveTargets,
        List<ProgressPanelOption> decisions, String advice, String advisedDecision) {
}
