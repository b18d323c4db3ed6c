package no.veikart.roadmap.risk.integration;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.UserNames;
import no.veikart.roadmap.gain.domain.Gain;
import no.veikart.roadmap.gain.domain.GainService;
import no.veikart.roadmap.risk.domain.GainPlan;

/** The gain realisation plan through the gain feature's service (its permissions and rules), never its tables. */
public class GainServicePlan implements GainPlan {
    private final GainService gains;
    private final UserNames users;

    public GainServicePlan(GainService gains, UserNames users) {
        this.gains = gains;
        this.users = users;
    }

    @Override
    public List<GainFact> gains(Actor actor, String issueKey) {
        return gains.overview(actor, issueKey).gains().stream().map(t -> {
            Gain g = t.gain();
            return new GainFact(g.title(), users.nameOrText(g.ownerKey()), g.frequency() == null ? null : g.frequency().name(),
                    t.progress().nextMeasurementDue(), t.progress().overdue());
        }).toList();
    }
}
