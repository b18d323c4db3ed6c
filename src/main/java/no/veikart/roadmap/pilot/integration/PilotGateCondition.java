package no.veikart.roadmap.pilot.integration;

import java.util.List;
import java.util.stream.Collectors;
import no.veikart.roadmap.phase.domain.GateCondition;
import no.veikart.roadmap.pilot.domain.PilotRound;
import no.veikart.roadmap.pilot.domain.PilotService;

/**
 * Leaving Service development forward (into Piloting) needs a complete plan of the current round; leaving Piloting
 * forward needs its evaluation. The phase gate calls this for each phase an initiative leaves or skips forward, never
 * for backward moves, "further tests" (Piloting to Piloting) or a halt.
 */
public class PilotGateCondition implements GateCondition {
    public static final String PLAN = "PILOT_PLAN";
    public static final String EVALUATION = "PILOT_EVALUATION";

    private final PilotService pilots;

    public PilotGateCondition(PilotService pilots) {
        this.pilots = pilots;
    }

    @Override
    public List<GateRequirement> unmet(long initiativeId, String phaseKey) {
        boolean development = PhasePilotStage.SERVICE_DEVELOPMENT.equals(phaseKey);
        if (!development && !PhasePilotStage.PILOTING.equals(phaseKey)) {
            return List.of();
        }
        PilotRound round = pilots.current(initiativeId).orElse(null);
        int n = round == null ? 1 : round.round();
        if (development) {
            if (round == null || round.missing().size() == 10) {
                return List.of(new GateRequirement(PLAN, "roadmap.pilot.gate.noPlan", List.of(n)));
            }
            if (!round.missing().isEmpty()) {
                // A joined list of label keys: the texts adapter translates each item in the reader's language.
                String missing = round.missing().stream().map(p -> p.labelKey()).collect(Collectors.joining(", "));
                return List.of(new GateRequirement(PLAN, "roadmap.pilot.gate.incomplete",
                        List.of(n, round.plan().done(), missing)));
            }
            return round.draft() ? List.of(new GateRequirement(PLAN, "roadmap.pilot.gate.draft", List.of(n)))
                    : List.of();
        }
        return round != null && round.evaluation() != null ? List.of()
                : List.of(new GateRequirement(EVALUATION, "roadmap.pilot.gate.noEvaluation", List.of(n)));
    }
}
