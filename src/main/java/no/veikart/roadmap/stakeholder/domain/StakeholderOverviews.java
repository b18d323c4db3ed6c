package no.veikart.roadmap.stakeholder.domain;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RequestScope;

/**
 * The stakeholder overviews an issue view shows, read once per request: the anchoring panel and the HUKI panel (which
 * names the stakeholders linked to its actors) share one read and one sort. Refusals are not remembered.
 */
public class StakeholderOverviews {
    private record Key(String userKey, String issueKey, StakeholderSorting.Order order) {
    }

    private final StakeholderService stakeholders;
    private final RequestScope.Memo<Key, StakeholderOverview> overviews;

    public StakeholderOverviews(StakeholderService stakeholders, RequestScope scope) {
        this.stakeholders = stakeholders;
        this.overviews = scope.memo("stakeholder.overview");
    }

    /** {@link StakeholderService#overview}, once per request, user, issue and order. */
    public StakeholderOverview overview(Actor actor, String issueKey, StakeholderSorting.Order order) {
        return overviews.get(new Key(actor.userKey(), issueKey, order),
                () -> stakeholders.overview(actor, issueKey, order));
    }
}
