package no.veikart.roadmap.phase.view;

import java.util.List;

public record InitiativeMoveView(String from, String fromName, String to, String toName, String decision, String decisionName,
        String overrideReason, String reason, List<String> missingSteps, String by, String at, String atDisplay,
        int pilotRound, String advisedDecision, String advisedDecisionName, Boolean followedAdvice,
        String adviceNote) {
}
