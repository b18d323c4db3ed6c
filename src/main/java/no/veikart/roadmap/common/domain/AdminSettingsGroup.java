package no.veikart.roadmap.common.domain;

import java.util.List;
import java.util.Map;

/**
 * A feature's whole-number settings on the plugin's admin page (one form per group), stored for every node. The
 * admin page knows features only through this port, so a feature adds its settings without the page depending on it.
 */
public interface AdminSettingsGroup {
    /** Posted as {@code group}; also names the form ({@code roadmap-settings-<name>-form}). Letters only. */
    String name();

    String titleKey();

    String descriptionKey();

    /** The settings as they apply now (stored or default). */
    List<Setting> fields();

    /**
     * Stores the posted values (by setting name) for a Jira administrator. Every value is required and checked
     * before any is stored: 400 naming each wrong field, 403 for anyone else. Audited.
     */
    void save(Actor actor, Map<String, String> values);

    /** One setting: its name, label key, current value, the range it must lie in and its default. */
    record Setting(String name, String labelKey, int value, int min, int max, int defaultValue) {
    }
}
