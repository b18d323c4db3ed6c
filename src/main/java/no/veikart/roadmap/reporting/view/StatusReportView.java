package no.veikart.roadmap.reporting.view;

import java.util.List;

/**
 * One report as api.md gives it (lights as GREEN|AMBER|RED, null where a draft leaves one open), plus what the panel
 * shows: the lights with their names in the reader's language, the publisher's display name and the date formatted.
 */
public record StatusReportView(long id, String period, String overall, String phase, String gains, String anchoring,
        String risks, String comment, String state, String publishedBy, String publishedByKey, String publishedAt,
        String publishedAtText, long version, boolean draft, List<LightView> lights) {
    public StatusReportView {
        lights = List.copyOf(lights);
    }
}
