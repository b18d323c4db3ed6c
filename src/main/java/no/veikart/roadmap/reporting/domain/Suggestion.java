package no.veikart.roadmap.reporting.domain;

import java.util.List;

/**
 * The light the initiative's own data suggests for one aspect, and why: {@code reasonKey} is an i18n key with
 * {@code args}. {@code light} is null when there is no data to judge (the author chooses).
 */
public record Suggestion(TrafficLight light, String reasonKey, List<Object> args) {
    public Suggestion {
        args = List.copyOf(args);
    }

    public static Suggestion of(TrafficLight light, String reasonKey, Object... args) {
        return new Suggestion(light, reasonKey, List.of(args));
    }

    public static Suggestion noData(String reasonKey) {
        return new Suggestion(null, reasonKey, List.of());
    }
}
