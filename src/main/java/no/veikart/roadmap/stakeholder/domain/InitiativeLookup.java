package no.veikart.roadmap.stakeholder.domain;

import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;

/** The anchoring tool's view of the phase feature. Implemented over the phase feature's initiatives. */
public interface InitiativeLookup {
    /**
     * The initiative of an initiative, phase or step issue key; empty when there is no such issue or it is no
     * initiative's. It may hide what {@code actor} cannot browse, but need not: {@link StakeholderService} checks
     * browse and edit on {@link InitiativeRef#issueId()} itself.
     */
    Optional<InitiativeRef> find(Actor actor, String issueKey);

    /** The project's initiatives (for export); the service filters them by browse permission. */
    List<InitiativeRef> findInProject(Actor actor, String projectKey);
}
