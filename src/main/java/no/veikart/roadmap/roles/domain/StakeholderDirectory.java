package no.veikart.roadmap.roles.domain;

import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;

/**
 * The initiative's stakeholders, as far as the matrix needs them (links and attitude warnings). Implemented over the
 * anchoring tool's service, so this feature never reads its storage.
 */
public interface StakeholderDirectory {
    /** The stakeholders of the initiative of {@code issueKey} by id; the caller has already checked browse permission. */
    Map<Long, StakeholderFact> stakeholders(Actor actor, String issueKey);
}
