package no.veikart.roadmap.risk.view;

import java.util.List;

/** The counts per cell before and after measures, {@code [likelihood - 1][consequence - 1]} (api.md's {@code matrix}). */
public record MatrixView(List<List<Integer>> before, List<List<Integer>> after) {
}
