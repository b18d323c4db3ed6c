package no.veikart.roadmap.implementation.web;

import no.veikart.roadmap.implementation.domain.PlanPlacement;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.web.PlacedPanelCondition;

/** Where the implementation panel: the initiative and the Transition to operations phase issue and its steps. */
public class ShowsPlanCondition extends PlacedPanelCondition {
    public ShowsPlanCondition(PlanPlacement placement, JiraUsers users) {
        super(users, placement::showsPlan);
    }
}
