package no.veikart.roadmap.pilot.integration;

import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.phase.domain.Decision;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeRepository;
import no.veikart.roadmap.phase.domain.PhaseMove;
import no.veikart.roadmap.phase.domain.PhaseStatus;
import no.veikart.roadmap.phase.domain.StandardPhase;
import no.veikart.roadmap.pilot.domain.PilotDecision;
import no.veikart.roadmap.pilot.domain.PilotStage;

/**
 * Pilot rounds follow the phase feature's pilot round counter, which moves on when an initiative enters Piloting and
 * on "further tests": in Piloting and after it the current round is that counter; before Piloting it is the next one
 * (the round being prepared). No rounds before Service development has started (or a later phase, when skipped).
 */
public class PhasePilotStage implements PilotStage {
    static final String SERVICE_DEVELOPMENT = StandardPhase.SERVICE_DEVELOPMENT.name();
    static final String PILOTING = StandardPhase.PILOTING.name();

    private final InitiativeRepository initiatives;

    public PhasePilotStage(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public Optional<Stage> stage(long initiativeId) {
        return initiatives.findById(initiativeId).map(PhasePilotStage::stage);
    }

    @Override
    public List<PilotDecision> decisions(long initiativeId) {
        return initiatives.findById(initiativeId).map(PhasePilotStage::decisions).orElse(List.of());
    }

    /** "Further tests" moves to the next round, so its move carries that round; the round it closed is one less. */
    static List<PilotDecision> decisions(Initiative i) {
        return i.moves().stream()
                .filter(m -> PILOTING.equals(m.from()) && m.decision() != null)
                .map(m -> new PilotDecision(m.decision() == Decision.FURTHER_TESTS ? m.pilotRound() - 1 : m.pilotRound(),
                        m.decision().name(), name(m.advised()), m.followedAdvice(), m.reason(), m.actorName(), m.at()))
                .toList();
    }

    private static String name(Decision d) {
        return d == null ? null : d.name();
    }

    static Stage stage(Initiative i) {
        int piloting = i.indexOf(PILOTING);
        int development = i.indexOf(SERVICE_DEVELOPMENT);
        if (piloting < 0) {
            return new Stage(0, false, i.currentPhase());
        }
        int from = development >= 0 ? development : piloting;
        boolean reached = false;
        for (int n = from; n < i.phases().size(); n++) {
            reached |= i.phases().get(n).status() != PhaseStatus.NOT_STARTED;
        }
        if (!reached) {
            return new Stage(0, false, i.currentPhase());
        }
        int round = i.pilotRound() + (i.indexOf(i.currentPhase()) < piloting ? 1 : 0);
        return new Stage(Math.max(1, round), PILOTING.equals(i.currentPhase()), i.currentPhase());
    }
}
