package no.veikart.roadmap.stakeholder.view;

import java.util.List;
import java.util.Map;

/** A stakeholder as the reader sees it: enum values with their names in the reader's language, dates formatted. */
public record StakeholderView(long id, String name, String group, String level, String levelName, String effect,
        int attitude, int desiredAttitude, int attitudeGap, int influence, int interest, String quadrant,
        String quadrantName, String involvement, String involvementName, String owner, String lastContact,
        String nextContact, String lastContactDisplay, String nextContactDisplay, boolean overdue, String notes,
        Map<String, String> statusByPhase, String currentStatus, String currentStatusName, long version, boolean erased) {

    /** The anchoring overview of one initiative (REST body and panel view model). */
    public record Overview(String initiativeKey, String currentPhase, String currentPhaseName, List<Option> phases,
            boolean editable, List<StakeholderView> stakeholders, CoverageView coverage, List<Option> levels,
            List<Option> involvements, List<Option> statuses) {
    }

    public record CoverageView(int total, List<LevelView> byLevel, List<StaleView> stale, List<WarningView> warnings) {
    }

    public record LevelView(String level, String name, int count, int anchored, String best, String bestName, boolean covered,
            boolean expected, List<Cell> phases) {
    }

    public record Cell(String phase, String status, String statusName) {
    }

    public record StaleView(long id, String name, List<String> reasons) {
    }

    public record WarningView(String key, String message, String level, List<Long> stakeholderIds) {
    }

    public record Option(String value, String label) {
    }
}
