package no.veikart.roadmap.phase.domain;

import java.util.List;

/**
 * A rule another feature adds to a phase gate (e.g. the HUKI matrix for leaving Service development), so the gate
 * needs none of that feature's classes. Implemented by the feature; called only for phases an initiative leaves
 * forward.
 */
public interface GateCondition {
    GateCondition NONE = (initiativeId, phaseKey) -> List.of();

    /** Every condition's unmet requirements, in order. */
    static GateCondition all(GateCondition... conditions) {
        return new GateConditions(List.of(conditions));
    }

    /** What leaving {@code phaseKey} still lacks for the initiative; empty when nothing (or the rule is not this phase's). */
    List<GateRequirement> unmet(long initiativeId, String phaseKey);

    /**
     * One unmet requirement: {@code code} for scripts (e.g. {@code ROLES_MATRIX}), {@code key} and {@code args} an i18n
     * message that names what is missing.
     */
    record GateRequirement(String code, String key, List<Object> args) {
        public GateRequirement {
            args = List.copyOf(args);
        }
    }
}
