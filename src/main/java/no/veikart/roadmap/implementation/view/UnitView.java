package no.veikart.roadmap.implementation.view;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit: {@code trainedPercent} exact (1 decimal, may pass 100 after turnover, null without staff),
 * {@code trainedPercentDisplay} capped at 100 for the progress bar; {@code coverage} one cell per shift the unit runs.
 */
public record UnitView(long id, String name, int staff, boolean pilotUnit, boolean testUnit, List<String> shifts,
        String plannedGoLive, String plannedGoLiveDisplay, String status, String statusName, String wentLive,
        String stableSince, BigDecimal trainedPercent, int trainedPercentDisplay, int trained, boolean belowTarget,
        String followUpDue, String followUpDueDisplay, String monitoringDate, String monitoringDateDisplay,
        boolean monitoringDateDefault, String monitoringOutcome, List<SuperUserView> superUsers,
        List<TrainingView> trainings, List<NewStaffView> newStaff, List<CoverageCellView> coverage, boolean hasGap,
        long version) {
}
