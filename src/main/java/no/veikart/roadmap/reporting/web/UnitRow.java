package no.veikart.roadmap.reporting.web;

/** An organisational unit on the admin page. */
public record UnitRow(long id, String sector, String department) {
}
