package no.veikart.roadmap.pilot.domain;

import java.util.List;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * An initiative's pilot rounds as a reader sees them: every round (stored or a draft copy), the whole log, the gains
 * a plan can choose, which round is current (the only one that can still change) and whether the reader may edit.
 */
public record PilotOverview(InitiativeRef initiative, List<PilotRound> rounds, List<Observation> observations,
        List<GainFact> gains, int currentRound, boolean editable) {
    public PilotOverview {
        rounds = List.copyOf(rounds);
        observations = List.copyOf(observations);
        gains = List.copyOf(gains);
    }

    public List<Observation> observationsOf(int round) {
        return observations.stream().filter(o -> o.round() == round).toList();
    }

    public PilotRound round(int n) {
        return rounds.stream().filter(r -> r.round() == n).findFirst().orElse(null);
    }
}
