package no.veikart.roadmap.reporting.web;

import java.util.List;

/** One unit's block: its name ("Sector / Department", or "no unit") and initiatives, with the unit's money totals. */
public record SummaryUnit(String name, List<SummaryRow> rows, String planned, String realised, String investment,
        String cost) {
}
