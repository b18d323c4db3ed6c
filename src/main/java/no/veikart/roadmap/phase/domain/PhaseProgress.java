package no.veikart.roadmap.phase.domain;

import java.util.List;

/** A phase of one initiative: its issue, status and steps. */
public record PhaseProgress(String phaseKey, String customName, IssueRef issue, PhaseStatus status, List<StepProgress> steps) {
    public PhaseProgress {
        steps = List.copyOf(steps);
    }

    public String nameKey() {
        return "roadmap.phase." + phaseKey + ".name";
    }

    public List<StepProgress> openMandatorySteps() {
        return steps.stream().filter(s -> s.mandatory() && !s.done()).toList();
    }

    public long doneCount() {
        return steps.stream().filter(StepProgress::done).count();
    }

    public PhaseProgress withStatus(PhaseStatus newStatus) {
        return new PhaseProgress(phaseKey, customName, issue, newStatus, steps);
    }

    public PhaseProgress withSteps(List<StepProgress> newSteps) {
        return new PhaseProgress(phaseKey, customName, issue, status, newSteps);
    }
}
