package no.veikart.roadmap.reporting.web;

import java.util.List;

/** View model of the reporting administration page: cadence per project, organisational units and leader access. */
public record ReportingAdminPage(List<CadenceRow> cadences, List<UnitRow> units, boolean hasUnits,
        List<String> messages, List<String> errors, int minDay, int maxDay, LeaderAccessForm leaderAccess) {
}
