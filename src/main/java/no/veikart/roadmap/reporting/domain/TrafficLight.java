package no.veikart.roadmap.reporting.domain;

import java.util.Collection;
import java.util.Objects;

/** A status report's light, best first: GREEN on track, AMBER needs attention, RED needs a decision. */
public enum TrafficLight {
    GREEN,
    AMBER,
    RED;

    /** True when this light is a better colour than {@code other} (GREEN is better than AMBER, AMBER than RED). */
    public boolean betterThan(TrafficLight other) {
        return other != null && ordinal() < other.ordinal();
    }

    /** The enum name as stored and sent; null for no light. */
    public static String nameOf(TrafficLight light) {
        return light == null ? null : light.name();
    }

    /** The worst of the given lights; null when none is given. */
    public static TrafficLight worst(Collection<TrafficLight> lights) {
        return lights.stream().filter(Objects::nonNull).reduce((a, b) -> a.ordinal() >= b.ordinal() ? a : b).orElse(null);
    }
}
