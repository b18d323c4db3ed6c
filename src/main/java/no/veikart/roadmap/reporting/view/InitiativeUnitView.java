package no.veikart.roadmap.reporting.view;

import java.util.List;

/** {@code GET /initiatives/{key}/unit}: the initiative's unit (nulls when none), its version and the units to choose from. */
public record InitiativeUnitView(String initiativeKey, Long unitId, String sector, String department, long version,
        boolean editable, List<OrgUnitView> units) {
}
