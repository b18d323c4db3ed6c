package no.veikart.roadmap.phase.domain;

import java.util.List;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;

/** 409: the current phase (or a skipped one) has open mandatory steps and no override reason was given. */
public final class GateBlockedException extends RoadmapException.Conflict {
    private static final long serialVersionUID = 1L;

    private final transient List<StepProgress> missingSteps;
    private final String phaseKey;

    public GateBlockedException(String phaseKey, List<StepProgress> missingSteps) {
        super(FieldError.of("to", "roadmap.gate.blocked", "roadmap.phase." + phaseKey + ".name",
                String.join(", ", missingSteps.stream().map(StepProgress::nameKey).toList())));
        this.phaseKey = phaseKey;
        this.missingSteps = List.copyOf(missingSteps);
    }

    public String phaseKey() {
        return phaseKey;
    }

    public List<StepProgress> missingSteps() {
        return missingSteps;
    }
}
