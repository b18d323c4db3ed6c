package no.veikart.roadmap.stakeholder.view;

import java.util.List;

/** The anchoring overview of one initiative (REST body and panel view model). */
public record AnchoringView(String initiativeKey, String currentPhase, String currentPhaseName, List<StakeholderOptionView> phases,
        boolean editable, List<StakeholderView> stakeholders, StakeholderCoverageView coverage, List<StakeholderOptionView> levels,
        List<StakeholderOptionView> involvements, List<StakeholderOptionView> statuses) {

    static final String NO_STAKEHOLDERS = "roadmap.stakeholder.warning.noStakeholders";

    /** The Jira project of the initiative ("HELSE" of "HELSE-12"). */
    public String projectKey() {
        return initiativeKey.substring(0, initiativeKey.lastIndexOf('-'));
    }

    public boolean hasStakeholders() {
        return !stakeholders.isEmpty();
    }

    /** The influence/interest grid of the stakeholders. */
    public StakeholderGrid grid() {
        return StakeholderGrid.of(stakeholders);
    }

    /** The warnings the panel lists: all but "no stakeholders", which the empty panel says itself. */
    public List<StakeholderWarningView> listedWarnings() {
        return coverage.warnings().stream().filter(w -> !NO_STAKEHOLDERS.equals(w.key())).toList();
    }

    public boolean hasListedWarnings() {
        return !listedWarnings().isEmpty();
    }

    /**
     * Short on purpose: Velocity 1.7's {@code #if($model)} calls toString() (directive.if.tostring.nullcheck, on by
     * default), and the generated one would print every row of a big initiative on each page view.
     */
    @Override
    public String toString() {
        return "AnchoringView[" + initiativeKey + "]";
    }
}
