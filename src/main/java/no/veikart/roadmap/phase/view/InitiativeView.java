package no.veikart.roadmap.phase.view;

import java.util.List;

/** An initiative as people and scripts read it, in the reader's language (REST body and panel view model). */
public record InitiativeView(String key, String summary, String projectKey, long templateId, String currentPhase,
        String currentPhaseName, String status, int pilotRound, long version, boolean editable,
        List<InitiativePhaseView> phases, List<InitiativeMoveView> history) {

    public boolean hasHistory() {
        return !history.isEmpty();
    }
}
