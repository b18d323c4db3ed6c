package no.veikart.roadmap.phase.web;

/** One input of a settings form: its name, id, label key, value as shown, range, and the range and default in words. */
public record AdminSettingField(String name, String inputId, String labelKey, String value, int min, int max,
        String hint) {
}
