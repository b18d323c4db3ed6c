package no.veikart.roadmap.stakeholder.view;

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
}
