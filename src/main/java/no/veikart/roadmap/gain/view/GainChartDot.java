package no.veikart.roadmap.gain.view;

/** A measurement on a gain's chart: its SVG centre, ISO date and tooltip ("date: value" for the reader). */
public record GainChartDot(int x, int y, String date, String title) {
}
