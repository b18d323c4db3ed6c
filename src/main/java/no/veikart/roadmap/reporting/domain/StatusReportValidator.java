package no.veikart.roadmap.reporting.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.veikart.roadmap.common.domain.FieldChecks;
import no.veikart.roadmap.common.domain.FieldError;

/**
 * Checks a typed report once, at the boundary. The override rule: an author may set any light, but one set to a
 * better colour than the data suggests (GREEN where AMBER is suggested, …) needs a comment that says why; a worse
 * colour needs none (being cautious is never refused).
 */
public final class StatusReportValidator {
    public static final int COMMENT_MAX = 4000;
    static final YearMonth FIRST = YearMonth.of(2000, 1);
    static final YearMonth LAST = YearMonth.of(2099, 12);
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

    /** The report's values once checked; lights the input leaves out are absent. */
    public record Checked(YearMonth period, Map<Aspect, TrafficLight> lights, String comment) {
    }

    /**
     * @param suggestions what the data suggests now, for the override rule
     * @param allLights true when publishing: every light must then be set
     */
    public Checked check(StatusReportDraft draft, Map<Aspect, Suggestion> suggestions, boolean allLights) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth period = period(draft.period(), errors);
        Map<Aspect, TrafficLight> lights = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            TrafficLight l = FieldChecks.enumValue(draft.light(a), TrafficLight.class, a.field(), a.labelKey(), allLights,
                    errors);
            if (l != null) {
                lights.put(a, l);
            }
        }
        String comment = FieldChecks.text(draft.comment(), "comment", "roadmap.reporting.field.comment", COMMENT_MAX, false,
                true, errors);
        if (comment == null && errors.stream().noneMatch(e -> "comment".equals(e.field()))) {
            List<String> better = overridesToBetter(lights, suggestions);
            if (!better.isEmpty()) {
                errors.add(FieldError.of("comment", "roadmap.reporting.error.overrideComment", String.join(", ", better)));
            }
        }
        FieldChecks.throwIfAny(errors);
        return new Checked(period, lights, comment);
    }

    /** Label keys of the aspects whose light is better than the suggestion, in report order. */
    public static List<String> overridesToBetter(Map<Aspect, TrafficLight> lights, Map<Aspect, Suggestion> suggestions) {
        List<String> better = new ArrayList<>();
        for (Aspect a : Aspect.values()) {
            Suggestion s = suggestions.get(a);
            TrafficLight l = lights.get(a);
            if (l != null && s != null && l.betterThan(s.light())) {
                better.add(a.labelKey());
            }
        }
        return better;
    }

    static YearMonth period(String raw, List<FieldError> errors) {
        String value = FieldChecks.strip(raw);
        String label = "roadmap.reporting.field.period";
        if (value == null) {
            errors.add(FieldError.of("period", FieldChecks.REQUIRED, label));
            return null;
        }
        if (!PERIOD.matcher(value).matches()) {
            errors.add(FieldError.of("period", "roadmap.reporting.error.period", label));
            return null;
        }
        int month = Integer.parseInt(value.substring(5));
        if (month < 1 || month > 12) {
            errors.add(FieldError.of("period", "roadmap.reporting.error.period", label));
            return null;
        }
        YearMonth p = YearMonth.of(Integer.parseInt(value.substring(0, 4)), month);
        if (p.isBefore(FIRST) || p.isAfter(LAST)) {
            errors.add(FieldError.of("period", FieldChecks.OUT_OF_RANGE, label, FIRST.toString(), LAST.toString()));
            return null;
        }
        return p;
    }
}
