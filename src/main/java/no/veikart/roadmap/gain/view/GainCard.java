package no.veikart.roadmap.gain.view;

/** A gain with its chart, as the gains panel and the Gains field lay out one card. */
public record GainCard(GainView gain, GainChart chart) {
}
