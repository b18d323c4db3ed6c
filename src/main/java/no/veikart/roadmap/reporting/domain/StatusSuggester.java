package no.veikart.roadmap.reporting.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.AnchoringFacts;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.GainFacts;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.PhaseFacts;
import no.veikart.roadmap.reporting.domain.InitiativeSignals.RiskFacts;

/**
 * The lights an initiative's own data suggests (the rules are in docs/reporting.md):
 * <ul>
 *   <li>phase: RED when halted; AMBER when mandatory steps of a phase already left are still open (gate overridden);
 *       else GREEN;</li>
 *   <li>gains: AMBER without any gain (the method plans gains from the first phase); RED when half or more are at
 *       risk; AMBER when any is at risk; else GREEN;</li>
 *   <li>anchoring: RED without stakeholders or with three or more expected levels not anchored in the current phase;
 *       AMBER with one or two; else GREEN;</li>
 *   <li>risks: no suggestion without risk data; RED with a high residual risk, AMBER with a medium one, else GREEN;</li>
 *   <li>overall: the worst of the four.</li>
 * </ul>
 */
public final class StatusSuggester {
    static final int RED_LEVELS = 3;

    public Map<Aspect, Suggestion> suggest(PhaseFacts phase, GainFacts gains, AnchoringFacts anchoring,
            Optional<RiskFacts> risks) {
        Map<Aspect, Suggestion> s = new EnumMap<>(Aspect.class);
        s.put(Aspect.PHASE, phase(phase));
        s.put(Aspect.GAINS, gains(gains));
        s.put(Aspect.ANCHORING, anchoring(anchoring));
        s.put(Aspect.RISKS, risks.map(StatusSuggester::risks).orElse(Suggestion.noData("roadmap.reporting.reason.risks.noData")));
        List<TrafficLight> parts = new ArrayList<>();
        for (Suggestion x : s.values()) {
            parts.add(x.light());
        }
        TrafficLight worst = TrafficLight.worst(parts);
        s.put(Aspect.OVERALL, worst == null ? Suggestion.noData("roadmap.reporting.reason.overall.noData")
                : Suggestion.of(worst, "roadmap.reporting.reason.overall"));
        return s;
    }

    static Suggestion phase(PhaseFacts f) {
        if (f.halted()) {
            return Suggestion.of(TrafficLight.RED, "roadmap.reporting.reason.phase.halted");
        }
        if (f.skippedOpenSteps() > 0) {
            return Suggestion.of(TrafficLight.AMBER, "roadmap.reporting.reason.phase.skipped", f.skippedOpenSteps());
        }
        return Suggestion.of(TrafficLight.GREEN, "roadmap.reporting.reason.phase.onTrack", f.phaseIndex() + 1, f.phaseCount());
    }

    static Suggestion gains(GainFacts f) {
        if (f.total() == 0) {
            return Suggestion.of(TrafficLight.AMBER, "roadmap.reporting.reason.gains.none");
        }
        if (f.atRisk() * 2 >= f.total() && f.atRisk() > 0) {
            return Suggestion.of(TrafficLight.RED, "roadmap.reporting.reason.gains.atRisk", f.atRisk(), f.total());
        }
        if (f.atRisk() > 0) {
            return Suggestion.of(TrafficLight.AMBER, "roadmap.reporting.reason.gains.atRisk", f.atRisk(), f.total());
        }
        return Suggestion.of(TrafficLight.GREEN, "roadmap.reporting.reason.gains.onTrack", f.total());
    }

    static Suggestion anchoring(AnchoringFacts f) {
        if (f.stakeholders() == 0) {
            return Suggestion.of(TrafficLight.RED, "roadmap.reporting.reason.anchoring.none");
        }
        int open = f.levelsNotAnchored().size();
        if (open == 0) {
            return Suggestion.of(TrafficLight.GREEN, "roadmap.reporting.reason.anchoring.allLevels");
        }
        return Suggestion.of(open >= RED_LEVELS ? TrafficLight.RED : TrafficLight.AMBER,
                "roadmap.reporting.reason.anchoring.levels", open);
    }

    static Suggestion risks(RiskFacts f) {
        if (f.highResidual() > 0) {
            return Suggestion.of(TrafficLight.RED, "roadmap.reporting.reason.risks.high", f.highResidual());
        }
        if (f.mediumResidual() > 0) {
            return Suggestion.of(TrafficLight.AMBER, "roadmap.reporting.reason.risks.medium", f.mediumResidual());
        }
        return Suggestion.of(TrafficLight.GREEN, "roadmap.reporting.reason.risks.low");
    }
}
