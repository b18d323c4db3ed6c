package no.veikart.roadmap.initiative.domain;

import java.util.List;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;

/** How every feature finds the initiative of an issue key. Implemented over the phase feature's initiatives. */
public interface InitiativeLookup {
    /**
     * The initiative of an initiative, phase or step issue key; empty when there is no such issue or it is no
     * initiative's. It may hide what {@code actor} cannot browse, but need not: each feature's service checks
     * browse and edit on {@link InitiativeRef#issueId()} itself.
     */
    Optional<InitiativeRef> find(Actor actor, String issueKey);

    /** The project's initiatives (for export); the service filters them by browse permission. */
    List<InitiativeRef> findInProject(Actor actor, String projectKey);
}
