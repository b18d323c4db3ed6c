package no.veikart.roadmap.phase.view;

import java.util.List;

public record InitiativePhaseView(String key, String phase, String name, String status, String statusName, boolean current,
        long doneSteps, int totalSteps, List<InitiativeStepView> steps) {

    /** The status as a CSS class suffix ("done", "current", ...). */
    public String statusClass() {
        return status.toLowerCase(java.util.Locale.ROOT);
    }
}
