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

    /** {@link GainService#overview}, once per request. */
    public GainOverview overview(Actor actor, String issueKey) {
        return overviews.get(new Key(actor.userKey(), issueKey), () -> gains.overview(actor, issueKey));
    }

    /** {@link GainService#overviewOfInitiativeIssue}, once per request; a found overview also serves the panel. */
    public Optional<GainOverview> ofInitiativeIssue(Actor actor, String issueKey, long issueId) {
        Key key = new Key(actor.userKey(), issueKey);
        return ofInitiativeIssues.get(key, () -> {
            Optional<GainOverview> found = gains.overviewOfInitiativeIssue(actor, issueKey, issueId);
            found.ifPresent(o -> overviews.get(key, () -> o));
            return found;
        });
    }
}
