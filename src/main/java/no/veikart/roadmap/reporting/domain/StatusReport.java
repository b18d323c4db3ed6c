package no.veikart.roadmap.reporting.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * One status report of an initiative for one month. {@code lights} holds the five aspects; a draft may lack some, a
 * published report has all. {@code publishedBy} is the publisher's user key.
 */
public record StatusReport(long id, long initiativeId, YearMonth period, Map<Aspect, TrafficLight> lights, String comment,
        ReportState state, String publishedBy, Instant publishedAt, long version) {
    public StatusReport {
        EnumMap<Aspect, TrafficLight> copy = new EnumMap<>(Aspect.class);
        lights.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        lights = java.util.Collections.unmodifiableMap(copy);
    }

    public TrafficLight light(Aspect aspect) {
        return lights.get(aspect);
    }

    /** The light's enum name, null when unset. */
    public String lightName(Aspect aspect) {
        return TrafficLight.nameOf(lights.get(aspect));
    }

    public boolean published() {
        return state == ReportState.PUBLISHED;
    }
}
