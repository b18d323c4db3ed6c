package no.veikart.roadmap.reporting.view;

/** An organisational unit in JSON. */
public record OrgUnitView(long id, String sector, String department) {
}
