package no.veikart.roadmap.pilot.view;

import java.util.List;

/**
 * One pilot round as REST answers it (api.md) and the panel and decision page read it. {@code missing} are the plan
 * points still open ({@code time} = start and end date); {@code current} is the round that can still change;
 * {@code measuredGains} the evaluation's gains section, prefilled from the gain plan.
 */
public record PilotRoundView(int round, PilotPlanView plan, boolean complete, boolean draft, int done, int points,
        List<String> missing, List<String> missingNames, List<PilotObservationView> observations,
        PilotEvaluationView evaluation, List<PilotMeasuredGainView> measuredGains, boolean current, boolean editable,
        long version) {
    public PilotRoundView {
        missing = List.copyOf(missing);
        missingNames = List.copyOf(missingNames);
        observations = List.copyOf(observations);
        measuredGains = List.copyOf(measuredGains);
    }
}
