package no.veikart.roadmap.reporting.integration;

import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.GainOverview;
import no.veikart.roadmap.gain.web.GainOverviews;
import no.veikart.roadmap.gain.domain.GainStatus;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.reporting.domain.InitiativeSignals;

/** The gain realisation plan in numbers, through the gain feature's service (status as the gains panel shows it). */
public class GainPlanSignals implements InitiativeSignals.Gains {
    private final GainOverviews gains;

    /** @param gains the issue view's shared read: the gain panel and this share one load per request */
    public GainPlanSignals(GainOverviews gains) {
        this.gains = gains;
    }

    @Override
    public InitiativeSignals.GainFacts gains(Actor actor, String issueKey) {
        GainOverview overview = gains.overview(actor, issueKey);
        int atRisk = 0;
        int notStarted = 0;
        for (TrackedGain g : overview.gains()) {
            if (g.progress().status() == GainStatus.AT_RISK) {
                atRisk++;
            } else if (g.progress().status() == GainStatus.NOT_STARTED) {
                notStarted++;
            }
        }
        return new InitiativeSignals.GainFacts(overview.gains().size(), atRisk, notStarted);
    }
}
