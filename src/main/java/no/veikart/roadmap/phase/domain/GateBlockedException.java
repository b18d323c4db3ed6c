package no.veikart.roadmap.phase.domain;

import java.util.ArrayList;
import java.util.List;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;

/** 409: the current phase (or a skipped one) has open mandatory steps and no override reason was given. */
public final class GateBlockedException extends RoadmapException.Conflict {
    private static final long serialVersionUID = 1L;

    private final transient List<StepProgress> missingSteps;
    private final String phaseKey;
    private final transient List<GateCondition.GateRequirement> unmet;

    public GateBlockedException(String phaseKey, List<StepProgress> missingSteps) {
        this(phaseKey, missingSteps, List.of());
    }

    /** One error for the open steps (if any), then one per unmet {@link GateCondition}, each naming what is missing. */
    public GateBlockedException(String phaseKey, List<StepProgress> missingSteps, List<GateCondition.GateRequirement> unmet) {
        super(errors(phaseKey, missingSteps, unmet));
        this.phaseKey = phaseKey;
        this.missingSteps = List.copyOf(missingSteps);
        this.unmet = List.copyOf(unmet);
    }

    private static List<FieldError> errors(String phaseKey, List<StepProgress> missingSteps,
            List<GateCondition.GateRequirement> unmet) {
        List<FieldError> errors = new ArrayList<>();
        if (!missingSteps.isEmpty() || unmet.isEmpty()) {
            errors.add(FieldError.of("to", "roadmap.gate.blocked", "roadmap.phase." + phaseKey + ".name",
                    String.join(", ", missingSteps.stream().map(StepProgress::nameKey).toList())));
        }
        for (GateCondition.GateRequirement r : unmet) {
            errors.add(new FieldError("to", r.key(), r.args()));
        }
        return errors;
    }

    public List<GateCondition.GateRequirement> unmet() {
        return unmet;
    }

    public String phaseKey() {
        return phaseKey;
    }

    public List<StepProgress> missingSteps() {
        return missingSteps;
    }
}
