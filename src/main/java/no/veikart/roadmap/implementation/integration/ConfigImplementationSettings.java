package no.veikart.roadmap.implementation.integration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AdminSettingsGroup;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.implementation.domain.ImplementationSettings;
import no.veikart.roadmap.implementation.domain.ImplementationSettingsSource;

/**
 * The warning thresholds in the shared settings table (every node reads the same), set by Jira administrators on the
 * plugin's admin page; each falls back to its default when unset or not a whole number in range:
 * {@code implementation.trainingTargetPercent} (1–100), {@code implementation.followUpMonths} (1–24),
 * {@code implementation.newStaffDays} (1–365), {@code implementation.monitoringWeeks} (1–26).
 */
public class ConfigImplementationSettings implements ImplementationSettingsSource, AdminSettingsGroup {
    static final String PREFIX = "implementation.";
    private static final String LABEL = "roadmap.implementation.settings.";

    /** One threshold: its name (the key after the prefix and the form field) and range. */
    private record Threshold(String name, int min, int max, int fallback) {
    }

    private static final ImplementationSettings D = ImplementationSettings.DEFAULTS;
    private static final List<Threshold> THRESHOLDS = List.of(
            new Threshold("newStaffDays", 1, 365, D.newStaffDays()),
            new Threshold("trainingTargetPercent", 1, 100, D.trainingTargetPercent()),
            new Threshold("followUpMonths", 1, 24, D.followUpMonths()),
            new Threshold("monitoringWeeks", 1, 26, D.monitoringWeeks()));

    private final ConfigStore config;
    private final AccessControl access;
    private final AuditLog audit;

    public ConfigImplementationSettings(ConfigStore config, AccessControl access, AuditLog audit) {
        this.config = config;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public ImplementationSettings settings() {
        Map<String, Integer> v = values();
        return new ImplementationSettings(v.get("trainingTargetPercent"), v.get("followUpMonths"), v.get("newStaffDays"),
                v.get("monitoringWeeks"));
    }

    @Override
    public String name() {
        return "implementation";
    }

    @Override
    public String titleKey() {
        return LABEL + "title";
    }

    @Override
    public String descriptionKey() {
        return LABEL + "description";
    }

    @Override
    public List<Setting> fields() {
        Map<String, Integer> v = values();
        return THRESHOLDS.stream().map(t -> new Setting(t.name(), LABEL + t.name(), v.get(t.name()), t.min(), t.max(),
                t.fallback())).toList();
    }

    @Override
    public void save(Actor actor, Map<String, String> posted) {
        if (!access.isJiraAdmin(actor)) {
            throw new RoadmapException.Forbidden();
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> parsed = new LinkedHashMap<>();
        for (Threshold t : THRESHOLDS) {
            String raw = posted.get(t.name());
            String label = LABEL + t.name();
            if (raw == null || raw.isBlank()) {
                errors.add(FieldError.of(t.name(), "roadmap.error.required", label));
                continue;
            }
            try {
                int value = Integer.parseInt(raw.strip());
                if (value < t.min() || value > t.max()) {
                    errors.add(FieldError.of(t.name(), "roadmap.error.outOfRange", label, t.min(), t.max()));
                } else {
                    parsed.put(t.name(), value);
                }
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(t.name(), "roadmap.error.notAWholeNumber", label));
            }
        }
        if (!errors.isEmpty()) {
            throw new RoadmapException.Invalid(errors);
        }
        AuditEvent event = AuditEvent.of("implementation.settings", actor, "settings", null, null);
        for (Map.Entry<String, Integer> e : parsed.entrySet()) {
            store(PREFIX + e.getKey(), String.valueOf(e.getValue()));
            event = event.with(e.getKey(), e.getValue());
        }
        audit.record(event);
    }

    /** Sets one value; another administrator's write in between answers 409 rather than being overwritten unseen. */
    private void store(String key, String value) {
        Optional<String> current = config.get(key);
        boolean stored = current.isEmpty() ? value.equals(config.putIfAbsent(key, value))
                : current.get().equals(value) || config.replace(key, current.get(), value);
        if (!stored) {
            throw RoadmapException.Conflict.staleVersion();
        }
    }

    private Map<String, Integer> values() {
        Map<String, String> all = config.getAll(PREFIX);
        Map<String, Integer> values = new HashMap<>();
        for (Threshold t : THRESHOLDS) {
            values.put(t.name(), read(all.get(PREFIX + t.name()), t));
        }
        return values;
    }

    private static int read(String raw, Threshold t) {
        try {
            int v = raw == null ? t.fallback() : Integer.parseInt(raw.strip());
            return v < t.min() || v > t.max() ? t.fallback() : v;
        } catch (NumberFormatException e) {
            return t.fallback();
        }
    }
}
