package no.veikart.roadmap.stakeholder.communication.view;

import java.util.List;
import no.veikart.roadmap.stakeholder.view.StakeholderOptionView;

/** The communication-plan section of the anchoring panel, everything computed in Java. */
public record CommunicationPlanView(String initiativeKey, boolean editable, List<CommunicationView> communications,
        List<CommunicationWarningView> warnings, List<StakeholderOptionView> levels, List<StakeholderOptionView> stakeholders,
        List<StakeholderOptionView> channels, List<StakeholderOptionView> statuses, String today) {
    public CommunicationPlanView {
        communications = List.copyOf(communications);
        warnings = List.copyOf(warnings);
        levels = List.copyOf(levels);
        stakeholders = List.copyOf(stakeholders);
        channels = List.copyOf(channels);
        statuses = List.copyOf(statuses);
    }

    public boolean hasEntries() {
        return !communications.isEmpty();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /**
     * Short on purpose: Velocity 1.7's {@code #if($model)} calls toString() (directive.if.tostring.nullcheck, on by
     * default), and the generated one would print every row of a big initiative on each page view.
     */
    @Override
    public String toString() {
        return "CommunicationPlanView[" + initiativeKey + "]";
    }
}
