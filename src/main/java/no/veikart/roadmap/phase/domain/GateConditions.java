package no.veikart.roadmap.phase.domain;

import java.util.List;

/**
 * Every feature's gate rules as one: the Spring context lists them (plugin-context.xml, bean {@code gateConditions}),
 * so a new feature adds one reference there and the REST gate and Jira's workflow validator both apply it.
 */
public final class GateConditions implements GateCondition {
    private final List<GateCondition> conditions;

    public GateConditions(List<GateCondition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    @Override
    public List<GateRequirement> unmet(long initiativeId, String phaseKey) {
        return conditions.stream().flatMap(c -> c.unmet(initiativeId, phaseKey).stream()).toList();
    }
}
