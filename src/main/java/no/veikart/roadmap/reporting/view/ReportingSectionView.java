package no.veikart.roadmap.reporting.view;

import java.util.List;
import no.veikart.roadmap.reporting.domain.ReportingRollup;

/**
 * The "reporting" portfolio section: the political roll-up per sector, the leadership lines per unit, the groups of
 * initiatives per unit with their latest lights, and the overdue status reports, most overdue first. Money is in
 * {@code currency} (the one most monetised gains use); gains in other currencies are left out of the sums.
 */
public record ReportingSectionView(String currency, List<ReportingRollup.SectorLine> sectors,
        List<ReportingRollup.UnitLine> units, List<Group> groups, List<RollupInitiativeView> overdue) {

    /** One unit's initiatives (sector and department null: initiatives without a unit). */
    public record Group(String sector, String department, List<RollupInitiativeView> initiatives) {
    }
}
