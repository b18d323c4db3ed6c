package no.veikart.roadmap.implementation.domain;

import no.veikart.roadmap.common.domain.Actor;

/**
 * Where the implementation plan's panel belongs: the initiative issue, and the Transition to operations phase issue
 * with its steps (the phase the plan is used from). Implemented over the phase feature.
 */
public interface PlanPlacement {
    boolean showsPlan(Actor actor, String issueKey);
}
