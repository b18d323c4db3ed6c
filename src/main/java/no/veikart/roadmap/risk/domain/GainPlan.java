package no.veikart.roadmap.risk.domain;

import java.util.List;
import no.veikart.roadmap.common.domain.Actor;

/** What the handover needs of the gain realisation plan, read through the gain feature's use cases. */
public interface GainPlan {
    /** The gains of the initiative as the actor sees them. */
    List<GainFact> gains(Actor actor, String issueKey);

    /** A gain as the handover reviews it: whether it has an owner and a frequency, who owns it, when it is next followed up. */
    record GainFact(String title, String ownerName, String frequency, java.time.LocalDate nextFollowUp, boolean overdue) {
        public boolean complete() {
            return ownerName != null && !ownerName.isBlank() && frequency != null;
        }
    }
}
