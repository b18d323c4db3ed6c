package no.veikart.roadmap.phase.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A service-innovation initiative: its issue, one phase issue per template phase (snapshotted at creation so
 * later template edits never rewrite running work), where it stands, and its phase history.
 */
public record Initiative(long id, IssueRef issue, String projectKey, String summary, long templateId,
        String currentPhase, InitiativeStatus status, int pilotRound, long version,
        List<PhaseProgress> phases, List<PhaseMove> moves) {

    public Initiative {
        phases = List.copyOf(phases);
        moves = List.copyOf(moves);
    }

    public Optional<PhaseProgress> phase(String key) {
        return phases.stream().filter(p -> p.phaseKey().equals(key)).findFirst();
    }

    public int indexOf(String phaseKey) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).phaseKey().equals(phaseKey)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code issueKey} is this initiative's own issue, or the issue of one of {@code phaseKeys} or of one of
     * their steps (where a feature's panel shows).
     */
    public boolean hasIssueIn(String issueKey, Collection<String> phaseKeys) {
        if (issue.key().equals(issueKey)) {
            return true;
        }
        return phases.stream().filter(p -> phaseKeys.contains(p.phaseKey())).anyMatch(p -> p.issue() != null
                && issueKey.equals(p.issue().key())
                || p.steps().stream().anyMatch(s -> s.issue() != null && issueKey.equals(s.issue().key())));
    }

    public Optional<PhaseProgress> phaseByIssueId(long issueId) {
        return phases.stream().filter(p -> p.issue().id() == issueId).findFirst();
    }

    public Optional<StepProgress> step(String stepKey) {
        return phases.stream().flatMap(p -> p.steps().stream()).filter(s -> s.stepKey().equals(stepKey)).findFirst();
    }

    Initiative with(String newCurrent, InitiativeStatus newStatus, int newRound, List<PhaseProgress> newPhases, PhaseMove move) {
        List<PhaseMove> newMoves = new ArrayList<>(moves);
        if (move != null) {
            newMoves.add(move);
        }
        return new Initiative(id, issue, projectKey, summary, templateId, newCurrent, newStatus, newRound, version,
                newPhases, newMoves);
    }

    public Initiative withPhases(List<PhaseProgress> newPhases) {
        return new Initiative(id, issue, projectKey, summary, templateId, currentPhase, status, pilotRound, version,
                newPhases, moves);
    }
}
