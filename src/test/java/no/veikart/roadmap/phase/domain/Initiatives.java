package no.veikart.roadmap.phase.domain;

import java.util.ArrayList;
import java.util.List;

/** Test data: an initiative of the default template with made-up issue ids, optionally with steps done. */
final class Initiatives {
    private Initiatives() {
    }

    static Initiative fresh() {
        return at(StandardPhase.ANCHORING.name());
    }

    static Initiative at(String currentPhase) {
        RoadmapTemplate template = DefaultTemplate.create();
        List<PhaseProgress> phases = new ArrayList<>();
        long id = 100;
        boolean before = true;
        for (PhaseDefinition p : template.phases()) {
            List<StepProgress> steps = new ArrayList<>();
            for (StepDefinition s : p.steps()) {
                steps.add(new StepProgress(s.key(), null, new IssueRef(++id, "DEMO-" + id), s.mandatory(), false, null, null));
            }
            boolean current = p.key().equals(currentPhase);
            PhaseStatus status = current ? PhaseStatus.ACTIVE : before ? PhaseStatus.DONE : PhaseStatus.NOT_STARTED;
            if (current) {
                before = false;
            }
            phases.add(new PhaseProgress(p.key(), null, new IssueRef(++id, "DEMO-" + id), status, steps));
        }
        return new Initiative(1, new IssueRef(1, "DEMO-1"), "DEMO", "Digital home training", 1, currentPhase,
                InitiativeStatus.ACTIVE, StandardPhase.PILOTING.name().equals(currentPhase) ? 1 : 0, 3, phases, List.of());
    }

    /** Marks every mandatory step of the named phases done. */
    static Initiative withMandatoryDone(Initiative initiative, String... phaseKeys) {
        List<String> keys = List.of(phaseKeys);
        return initiative.withPhases(initiative.phases().stream()
                .map(p -> keys.contains(p.phaseKey())
                        ? p.withSteps(p.steps().stream().map(s -> s.mandatory() ? s.markDone(true, "u", null) : s).toList())
                        : p)
                .toList());
    }
}
