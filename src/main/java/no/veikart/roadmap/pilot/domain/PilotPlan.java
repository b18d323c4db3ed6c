package no.veikart.roadmap.pilot.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A pilot round's plan on the method's ten points. Texts are null when empty; {@code measuredGainIds} are the
 * initiative's gains the pilot measures, {@code measurementText} how.
 */
public record PilotPlan(String goals, String scope, LocalDate startDate, LocalDate endDate, Participants participants,
        String information, String competence, String errorHandling, List<Long> measuredGainIds, String measurementText,
        String observation, String documentation) {
    public static final PilotPlan EMPTY = new PilotPlan(null, null, null, null, Participants.NONE, null, null, null,
            List.of(), null, null, null);

    public PilotPlan {
        participants = participants == null ? Participants.NONE : participants;
        measuredGainIds = List.copyOf(measuredGainIds == null ? List.of() : measuredGainIds);
    }

    /**
     * The points still open, in the method's order: a text point is done when it has text, time when both dates are
     * set, participants when the text says who and how recruited and at least one is counted, measurement when at
     * least one gain is chosen.
     */
    public List<PlanPoint> missing() {
        List<PlanPoint> missing = new ArrayList<>();
        add(missing, PlanPoint.GOALS, goals != null);
        add(missing, PlanPoint.SCOPE, scope != null);
        add(missing, PlanPoint.TIME, startDate != null && endDate != null);
        add(missing, PlanPoint.PARTICIPANTS, participants.text() != null && participants.total() > 0);
        add(missing, PlanPoint.INFORMATION, information != null);
        add(missing, PlanPoint.COMPETENCE, competence != null);
        add(missing, PlanPoint.ERROR_HANDLING, errorHandling != null);
        add(missing, PlanPoint.MEASUREMENT, !measuredGainIds.isEmpty());
        add(missing, PlanPoint.OBSERVATION, observation != null);
        add(missing, PlanPoint.DOCUMENTATION, documentation != null);
        return missing;
    }

    public int done() {
        return PlanPoint.values().length - missing().size();
    }

    private static void add(List<PlanPoint> missing, PlanPoint point, boolean done) {
        if (!done) {
            missing.add(point);
        }
    }
}
