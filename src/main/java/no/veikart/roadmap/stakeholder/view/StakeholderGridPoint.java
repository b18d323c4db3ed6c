package no.veikart.roadmap.stakeholder.view;

/** A stakeholder's point on the grid: centre, radius and the y of the attitude gap drawn inside it. */
public record StakeholderGridPoint(StakeholderView stakeholder, int x, int y, int radius, int gapY) {
}
