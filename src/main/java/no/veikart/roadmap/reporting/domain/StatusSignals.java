package no.veikart.roadmap.reporting.domain;

import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;

/** The suggestions for an initiative today, from the four ports and {@link StatusSuggester}. */
public class StatusSignals {
    private final InitiativeSignals.Phases phases;
    private final InitiativeSignals.Gains gains;
    private final InitiativeSignals.Anchoring anchoring;
    private final InitiativeSignals.Risks risks;
    private final StatusSuggester suggester = new StatusSuggester();

    public StatusSignals(InitiativeSignals.Phases phases, InitiativeSignals.Gains gains,
            InitiativeSignals.Anchoring anchoring, InitiativeSignals.Risks risks) {
        this.phases = phases;
        this.gains = gains;
        this.anchoring = anchoring;
        this.risks = risks;
    }

    public Map<Aspect, Suggestion> suggest(Actor actor, String issueKey) {
        return suggester.suggest(phases.phases(actor, issueKey), gains.gains(actor, issueKey),
                anchoring.anchoring(actor, issueKey), risks.risks(actor, issueKey));
    }
}
