package no.veikart.roadmap.roles.web;

import no.veikart.roadmap.roles.domain.MatrixPlacement;
import no.veikart.roadmap.platform.jira.JiraUsers;
import no.veikart.roadmap.platform.web.PlacedPanelCondition;

/** Where the HUKI panel: the initiative and the Service development phase issue and its steps. */
public class ShowsMatrixCondition extends PlacedPanelCondition {
    public ShowsMatrixCondition(MatrixPlacement placement, JiraUsers users) {
        super(users, placement::showsMatrix);
    }
}
