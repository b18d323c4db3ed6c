package no.veikart.roadmap.implementation.integration;

import java.util.Map;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.implementation.domain.ImplementationSettings;
import no.veikart.roadmap.implementation.domain.ImplementationSettingsSource;

/**
 * The warning thresholds from the shared settings table (every node reads the same), each falling back to its default
 * when unset or not a whole number in range: {@code implementation.trainingTargetPercent} (1–100),
 * {@code implementation.followUpMonths} (1–24), {@code implementation.newStaffDays} (1–365),
 * {@code implementation.monitoringWeeks} (1–26).
 */
public class ConfigImplementationSettings implements ImplementationSettingsSource {
    static final String PREFIX = "implementation.";

    private final ConfigStore config;

    public ConfigImplementationSettings(ConfigStore config) {
        this.config = config;
    }

    @Override
    public ImplementationSettings settings() {
        Map<String, String> all = config.getAll(PREFIX);
        ImplementationSettings d = ImplementationSettings.DEFAULTS;
        return new ImplementationSettings(read(all, "trainingTargetPercent", 1, 100, d.trainingTargetPercent()),
                read(all, "followUpMonths", 1, 24, d.followUpMonths()), read(all, "newStaffDays", 1, 365, d.newStaffDays()),
                read(all, "monitoringWeeks", 1, 26, d.monitoringWeeks()));
    }

    private static int read(Map<String, String> all, String name, int min, int max, int fallback) {
        String raw = all.get(PREFIX + name);
        try {
            int v = raw == null ? fallback : Integer.parseInt(raw.strip());
            return v < min || v > max ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
