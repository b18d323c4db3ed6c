package no.veikart.roadmap.pilot.web;

import no.veikart.roadmap.pilot.domain.PilotPlacement;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.web.PlacedPanelCondition;

/** Where the pilot panel: the initiative and the Service development and Piloting phase issues and their steps. */
public class ShowsPilotsCondition extends PlacedPanelCondition {
    public ShowsPilotsCondition(PilotPlacement placement, JiraUsers users) {
        super(users, placement::showsPilots);
    }
}
