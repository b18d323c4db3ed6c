package no.veikart.roadmap.risk.view;

import java.util.List;

/** One row of a heat map: a likelihood (5 at the top) and its five cells by consequence. */
public record HeatRowView(int likelihood, String likelihoodName, List<HeatCellView> cells) {
    public HeatRowView {
        cells = List.copyOf(cells);
    }
}
