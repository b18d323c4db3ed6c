package no.veikart.roadmap.stakeholder.view;

/** An axis number (1-5) of the stakeholder grid at its SVG position. */
public record StakeholderGridTick(int value, int x, int y) {
}
