package no.veikart.roadmap.reporting.web;

import java.util.List;

/** View model of the reporting administration page: cadence per project and the organisational units. */
public record ReportingAdminPage(List<CadenceRow> cadences, List<UnitRow> units, boolean hasUnits,
        List<String> messages, List<String> errors, int minDay, int maxDay) {
}
