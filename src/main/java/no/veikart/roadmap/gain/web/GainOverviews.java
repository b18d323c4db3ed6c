package no.veikart.roadmap.gain.web;

import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.RequestScope;
import no.veikart.roadmap.gain.domain.GainOverview;
import no.veikart.roadmap.gain.domain.GainService;

/**
 * The gain overviews the issue view shows, read once per request: the gains panel and the Gains field of one page
 * (and the field's value and its template) share one read. Refusals are not remembered; they are thrown each time.
 */
public class GainOverviews {
    private record Key(String userKey, String issueKey) {
    }

    private final GainService gains;
    private final RequestScope.Memo<Key, GainOverview> overviews;
    private final RequestScope.Memo<Key, Optional<GainOverview>> ofInitiativeIssues;

    public GainOverviews(GainService gains, RequestScope scope) {
        this.gains = gains;
        this.overviews = scope.memo("gain.overview");
        this.ofInitiativeIssues = scope.memo("gain.overviewOfInitiativeIssue");
    }

    /**
     * {@link GainService#overview}, once per request and initiative: a phase page's panel asks with the phase key, the
     * status report's suggestions with the initiative's; both may browse, so both get the same overview.
     */
    public GainOverview overview(Actor actor, String issueKey) {
        String initiativeKey = gains.initiative(actor, issueKey).issueKey();
        return overviews.get(new Key(actor.userKey(), initiativeKey), () -> gains.overview(actor, issueKey));
    }

    /**
     * {@link GainService#overviewOfInitiativeIssue}, once per request; the overview itself is the panel's, so the panel
     * and the field read the gains once whichever renders first.
     */
    public Optional<GainOverview> ofInitiativeIssue(Actor actor, String issueKey, long issueId) {
        return ofInitiativeIssues.get(new Key(actor.userKey(), issueKey),
                () -> gains.initiative(actor, issueKey).issueId() == issueId
                        ? Optional.of(overview(actor, issueKey)) : Optional.empty());
    }
}
