package no.veikart.roadmap.stakeholder.view;

import java.util.List;
import java.util.Map;

/** A stakeholder as the reader sees it: enum values with their names in the reader's language, dates formatted. */
public record StakeholderView(long id, String name, String group, String level, String levelName, String effect,
        int attitude, int desiredAttitude, int attitudeGap, int influence, int interest, String quadrant,
        String quadrantName, String involvement, String involvementName, String owner, String lastContact,
        String nextContact, String lastContactDisplay, String nextContactDisplay, boolean overdue, String notes,
        Map<String, String> statusByPhase, String currentStatus, String currentStatusName, long version, boolean erased) {

    private static final Map<String, String> STATUS_LOZENGE = Map.of("NOT_STARTED", "", "PLANNED", "aui-lozenge-new",
            "IN_DIALOGUE", "aui-lozenge-current", "ANCHORED", "aui-lozenge-success");

    /** The attitude (-2..+2) with its sign and a real minus: "+1", "0", "−1". */
    public String attitudeSigned() {
        return signed(attitude);
    }

    public String desiredAttitudeSigned() {
        return signed(desiredAttitude);
    }

    /** The gap to the desired attitude (-4..+4), signed as {@link #attitudeSigned()}. */
    public String attitudeGapSigned() {
        return signed(attitudeGap);
    }

    /** "high" for a gap of 2 or more, "one" for 1, else "none": the CSS class suffix of the gap's colour. */
    public String gapClass() {
        return attitudeGap >= 2 ? "high" : attitudeGap == 1 ? "one" : "none";
    }

    /** The AUI lozenge class of {@link #currentStatus()}; "" without one. */
    public String statusLozenge() {
        return currentStatus == null ? "" : STATUS_LOZENGE.getOrDefault(currentStatus, "");
    }

    static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
    }

    /** The anchoring overview of one initiative (REST body and panel view model). */
    public record Overview(String initiativeKey, String currentPhase, String currentPhaseName, List<Option> phases,
            boolean editable, List<StakeholderView> stakeholders, CoverageView coverage, List<Option> levels,
            List<Option> involvements, List<Option> statuses) {

        static final String NO_STAKEHOLDERS = "roadmap.stakeholder.warning.noStakeholders";

        /** The Jira project of the initiative ("HELSE" of "HELSE-12"). */
        public String projectKey() {
            return initiativeKey.substring(0, initiativeKey.lastIndexOf('-'));
        }

        public boolean hasStakeholders() {
            return !stakeholders.isEmpty();
        }

        /** The influence/interest grid of the stakeholders. */
        public StakeholderGrid grid() {
            return StakeholderGrid.of(stakeholders);
        }

        /** The warnings the panel lists: all but "no stakeholders", which the empty panel says itself. */
        public List<WarningView> listedWarnings() {
            return coverage.warnings().stream().filter(w -> !NO_STAKEHOLDERS.equals(w.key())).toList();
        }

        public boolean hasListedWarnings() {
            return !listedWarnings().isEmpty();
        }
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
