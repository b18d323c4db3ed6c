package no.veikart.roadmap.phase.domain;

import java.time.Instant;

/** A step of one initiative: its sub-task and whether it is done. */
public record StepProgress(String stepKey, String customName, IssueRef issue, boolean mandatory, boolean done,
        String doneBy, Instant doneAt) {

    public String nameKey() {
        return "roadmap.step." + stepKey + ".name";
    }

    public StepProgress markDone(boolean nowDone, String actorKey, Instant at) {
        return new StepProgress(stepKey, customName, issue, mandatory, nowDone, nowDone ? actorKey : null, nowDone ? at : null);
    }
}
