package no.veikart.roadmap.pilot.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;

/**
 * Reads plans, evaluations and log entries once, at the boundary, naming every failing field by its JSON path
 * ({@code endDate}, {@code participants.users}, {@code measurement.gainIds[1]}, {@code people.rating}).
 * <ul>
 *   <li>Texts are multi-line, stripped, at most {@link #MAX_TEXT} UTF-16 units, no control characters; the plan's
 *       texts may be empty (the plan is saved incomplete and shows what is missing).</li>
 *   <li>The end date is after the start date; counts are 0 … {@link #MAX_COUNT}; chosen gains are the
 *       initiative's, each once, at most {@link #MAX_GAINS}.</li>
 *   <li>An evaluation needs all four ratings (1–5), a recommendation and its reasons; texts per dimension, new gains
 *       and cost adjustments are optional.</li>
 *   <li>A log entry needs a date, a dimension and its text.</li>
 * </ul>
 */
public final class PilotValidator {
    public static final int MAX_TEXT = 4000;
    public static final int MAX_COUNT = 100_000;
    public static final int MAX_GAINS = 50;
    static final String END_BEFORE_START = "roadmap.pilot.error.endBeforeStart";
    static final String DUPLICATE = "roadmap.pilot.error.duplicateGain";

    public PilotPlan plan(PlanDraft d, Set<Long> gainIds) {
        List<FieldError> errors = new ArrayList<>();
        String goals = text(d.goals(), "goals", errors);
        String scope = text(d.scope(), "scope", errors);
        LocalDate start = FieldChecks.date(d.startDate(), "startDate", label("startDate"), false, errors);
        LocalDate end = FieldChecks.date(d.endDate(), "endDate", label("endDate"), false, errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(FieldError.of("endDate", END_BEFORE_START, label("endDate"), label("startDate")));
        }
        PlanDraft.ParticipantsDraft p = d.participants() == null ? new PlanDraft.ParticipantsDraft(null, null, null, null)
                : d.participants();
        Participants participants = new Participants(count(p.users(), "participants.users", errors),
                count(p.employees(), "participants.employees", errors),
                count(p.thirdParties(), "participants.thirdParties", errors),
                text(p.text(), "participants.text", errors));
        String information = text(d.information(), "information", errors);
        String competence = text(d.competence(), "competence", errors);
        String errorHandling = text(d.errorHandling(), "errorHandling", errors);
        PlanDraft.MeasurementDraft m = d.measurement() == null ? new PlanDraft.MeasurementDraft(null, null) : d.measurement();
        List<Long> chosen = new ArrayList<>();
        List<Long> raw = m.gainIds() == null ? List.of() : m.gainIds();
        if (raw.size() > MAX_GAINS) {
            errors.add(FieldError.of("measurement.gainIds", "roadmap.error.tooMany", label("measurement"), MAX_GAINS));
        } else {
            Set<Long> seen = new LinkedHashSet<>();
            for (int i = 0; i < raw.size(); i++) {
                Long id = raw.get(i);
                String field = "measurement.gainIds[" + i + "]";
                if (id == null || !gainIds.contains(id)) {
                    errors.add(FieldError.of(field, FieldChecks.UNKNOWN_VALUE, label("measurement"), String.valueOf(id)));
                } else if (!seen.add(id)) {
                    errors.add(FieldError.of(field, DUPLICATE, label("measurement")));
                } else {
                    chosen.add(id);
                }
            }
        }
        String measurementText = text(m.text(), "measurement.text", errors);
        String observation = text(d.observation(), "observation", errors);
        String documentation = text(d.documentation(), "documentation", errors);
        FieldChecks.throwIfAny(errors);
        return new PilotPlan(goals, scope, start, end, participants, information, competence, errorHandling, chosen,
                measurementText, observation, documentation);
    }

    public PilotEvaluation evaluation(EvaluationDraft d, String byKey, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        Rating[] ratings = new Rating[Dimension.values().length];
        for (Dimension dim : Dimension.values()) {
            String path = dim.name().toLowerCase(Locale.ROOT);
            EvaluationDraft.RatingDraft r = d.of(dim);
            Integer value = r == null ? null : r.rating();
            String label = dim.nameKey();
            if (value == null) {
                errors.add(FieldError.of(path + ".rating", FieldChecks.REQUIRED, label));
            } else if (value < Rating.MIN || value > Rating.MAX) {
                errors.add(FieldError.of(path + ".rating", FieldChecks.OUT_OF_RANGE, label, Rating.MIN, Rating.MAX));
            }
            String text = FieldChecks.text(r == null ? null : r.text(), path + ".text", label, MAX_TEXT, false, true, errors);
            ratings[dim.ordinal()] = value == null ? null : new Rating(value, text);
        }
        String newGains = text(d.newGains(), "newGains", errors);
        String costs = text(d.costAdjustments(), "costAdjustments", errors);
        Recommendation recommendation = FieldChecks.enumValue(d.recommendation(), Recommendation.class, "recommendation",
                label("recommendation"), true, errors);
        String reasons = FieldChecks.text(d.reasons(), "reasons", label("reasons"), MAX_TEXT, true, true, errors);
        FieldChecks.throwIfAny(errors);
        return new PilotEvaluation(ratings[0], ratings[1], ratings[2], ratings[3], newGains, costs, recommendation,
                reasons, byKey, at);
    }

    public Observation observation(ObservationDraft d, long initiativeId, int round, String authorKey, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = FieldChecks.date(d.date(), "date", label("date"), true, errors);
        Dimension dimension = FieldChecks.enumValue(d.dimension(), Dimension.class, "dimension", label("dimension"), true,
                errors);
        String text = FieldChecks.text(d.text(), "text", label("text"), MAX_TEXT, true, true, errors);
        FieldChecks.throwIfAny(errors);
        return new Observation(0, initiativeId, round, date, dimension, text, authorKey, at);
    }

    private static String text(String raw, String field, List<FieldError> errors) {
        return FieldChecks.text(raw, field, label(field), MAX_TEXT, false, true, errors);
    }

    private static Integer count(Integer raw, String field, List<FieldError> errors) {
        if (raw != null && (raw < 0 || raw > MAX_COUNT)) {
            errors.add(FieldError.of(field, FieldChecks.OUT_OF_RANGE, label(field), 0, MAX_COUNT));
            return null;
        }
        return raw;
    }

    /** The label of a field: {@code roadmap.pilot.field.participants.users}. */
    static String label(String field) {
        return "roadmap.pilot.field." + field;
    }
}
