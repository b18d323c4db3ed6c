package no.veikart.roadmap.implementation.domain;

/** Where the warning thresholds come from (an administrator's settings, shared by every node). */
@FunctionalInterface
public interface ImplementationSettingsSource {
    ImplementationSettingsSource DEFAULTS = () -> ImplementationSettings.DEFAULTS;

    ImplementationSettings settings();
}
