package no.veikart.roadmap.gain.view;

import java.util.Map;

/** AUI lozenge classes of the gain statuses and types, chosen here so templates only lay them out. */
final class GainLozenges {
    private static final Map<String, String> STATUS = Map.of("NOT_STARTED", "", "ON_TRACK", "aui-lozenge-current",
            "AT_RISK", "aui-lozenge-moved", "REALISED", "aui-lozenge-success");
    private static final Map<String, String> TYPE = Map.of("COST", "aui-lozenge-success", "TIME",
            "aui-lozenge-current", "QUALITY", "aui-lozenge-new");

    private GainLozenges() {
    }

    static String status(String status) {
        return status == null ? "" : STATUS.getOrDefault(status, "");
    }

    static String type(String type) {
        return type == null ? "" : TYPE.getOrDefault(type, "");
    }
}
