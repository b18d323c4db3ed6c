package no.veikart.roadmap.risk.domain;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.initiative.domain.InitiativeRef;

/**
 * The standard Jira select field "Risk level" of an initiative issue (the highest level after measures), so that JQL,
 * filters and boards can search it ({@code "Risk level" = High}). Implemented over Jira's custom fields.
 */
public interface RiskLevelField {
    RiskLevelField NONE = (actor, initiative, level) -> { };

    /** Writes {@code level} (null clears the field) as {@code actor}; throws when Jira did not store it. */
    void publish(Actor actor, InitiativeRef initiative, RiskLevel level);
}
