package no.veikart.roadmap.pilot.integration;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.web.GainOverviews;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.pilot.domain.GainFact;
import no.veikart.roadmap.pilot.domain.PilotGains;

/** The pilot's view of the gain realisation plan: each gain's measurements as % realised, by the gain feature's rule. */
public class GainServicePilotGains implements PilotGains {
    private final GainOverviews gains;
    private final GainCalculator calculator;

    /** @param gains the issue view's shared read: the gain panel and this share one load per request */
    public GainServicePilotGains(GainOverviews gains, GainCalculator calculator) {
        this.gains = gains;
        this.calculator = calculator;
    }

    @Override
    public List<GainFact> gains(Actor actor, String issueKey) {
        return gains.overview(actor, issueKey).gains().stream().map(this::fact).toList();
    }

    private GainFact fact(TrackedGain t) {
        return new GainFact(t.gain().id(), t.gain().title(), t.measurements().stream()
                .map(m -> new GainFact.Point(m.date(), calculator.realisedPercent(t.gain(), m))).toList());
    }
}
