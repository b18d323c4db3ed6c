package no.veikart.roadmap.pilot.integration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.gain.domain.Frequency;
import no.veikart.roadmap.gain.domain.GainCalculator;
import no.veikart.roadmap.gain.domain.GainDraft;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.gain.domain.GainType;
import no.veikart.roadmap.gain.web.GainOverviews;
import no.veikart.roadmap.gain.domain.TrackedGain;
import no.veikart.roadmap.gain.domain.Unit;
import no.veikart.roadmap.pilot.domain.GainFact;
import no.veikart.roadmap.pilot.domain.PilotGains;

/** The pilot's view of the gain realisation plan: each gain's measurements as % realised, by the gain feature's rule. */
public class GainServicePilotGains implements PilotGains {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final GainOverviews overviews;
    private final GainService gains;
    private final GainCalculator calculator;

    /**
     * @param overviews the issue view's shared read: the gain panel and this share one load per request
     * @param gains creates the gains an evaluation found
     */
    public GainServicePilotGains(GainOverviews overviews, GainService gains, GainCalculator calculator) {
        this.overviews = overviews;
        this.gains = gains;
        this.calculator = calculator;
    }

    @Override
    public List<GainFact> gains(Actor actor, String issueKey) {
        return overviews.overview(actor, issueKey).gains().stream().map(this::fact).toList();
    }

    /**
     * The figures are placeholders the team sets in the gain panel: a percent scale from 0 at {@code from} to 100 a
     * year later, measured quarterly, as a quality gain (most gains a pilot finds are people's experience).
     */
    @Override
    public GainFact addGain(Actor actor, String issueKey, String title, String method, LocalDate from) {
        GainDraft draft = new GainDraft(GainType.QUALITY.name(), title, null, Unit.PERCENT.name(), null,
                new GainDraft.Point(BigDecimal.ZERO, from.toString()), new GainDraft.Point(HUNDRED, from.plusYears(1).toString()),
                null, method, Frequency.QUARTERLY.name());
        return fact(gains.create(actor, issueKey, draft));
    }

    private GainFact fact(TrackedGain t) {
        return new GainFact(t.gain().id(), t.gain().title(), t.measurements().stream()
                .map(m -> new GainFact.Point(m.date(), calculator.realisedPercent(t.gain(), m))).toList());
    }
}
