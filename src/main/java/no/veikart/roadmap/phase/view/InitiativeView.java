package no.veikart.roadmap.phase.view;

import java.util.List;

/** An initiative as people and scripts read it, in the reader's language (REST body and panel view model). */
public record InitiativeView(String key, String summary, String projectKey, long templateId, String currentPhase,
        String currentPhaseName, String status, int pilotRound, long version, boolean editable,
        List<PhaseView> phases, List<MoveView> history) {

    public boolean hasHistory() {
        return !history.isEmpty();
    }

    public record PhaseView(String key, String phase, String name, String status, String statusName, boolean current,
            long doneSteps, int totalSteps, List<StepView> steps) {

        /** The status as a CSS class suffix ("done", "current", ...). */
        public String statusClass() {
            return status.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record StepView(String key, String stepKey, String name, boolean mandatory, boolean done) {
    }

    public record MoveView(String from, String fromName, String to, String toName, String decision, String decisionName,
            String overrideReason, String reason, List<String> missingSteps, String by, String at, String atDisplay,
            int pilotRound) {
    }
}
