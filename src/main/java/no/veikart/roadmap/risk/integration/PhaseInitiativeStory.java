package no.veikart.roadmap.risk.integration;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.phase.domain.Initiative;
import no.veikart.roadmap.phase.domain.InitiativeService;
import no.veikart.roadmap.phase.domain.PhaseMove;
import no.veikart.roadmap.risk.domain.InitiativeStory;

/** The initiative's phases and decisions through the phase feature's service (its permissions), never its tables. */
public class PhaseInitiativeStory implements InitiativeStory {
    private final InitiativeService initiatives;

    public PhaseInitiativeStory(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public Story story(Actor actor, String issueKey) {
        Initiative i = initiatives.get(actor, issueKey);
        return new Story(i.issue().key(), i.summary(), i.currentPhase(), i.moves().stream().map(PhaseInitiativeStory::move).toList());
    }

    private static Move move(PhaseMove m) {
        String reason = m.reason() != null ? m.reason() : m.overrideReason();
        return new Move(m.from(), m.to(), m.at(), m.actorName(), m.decision() == null ? null : m.decision().name(), reason);
    }
}
