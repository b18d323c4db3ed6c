package no.veikart.roadmap.risk.view;

/** One cell of a heat map: its position ("likelihood-consequence"), count, level region and a label for screen readers. */
public record HeatCellView(String cell, int likelihood, int consequence, int count, String level, String label) {
}
