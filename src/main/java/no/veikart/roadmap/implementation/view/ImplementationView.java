package no.veikart.roadmap.implementation.view;

import java.util.List;

/**
 * The implementation plan as JSON (api.md) and as the panel's Velocity context: every text is in the reader's
 * language and every figure worked out in Java. {@code shiftOptions}, {@code statusOptions} and {@code kindOptions}
 * feed the dialogs.
 */
public record ImplementationView(String initiativeKey, String projectKey, boolean editable, List<UnitView> units,
        List<WarningView> warnings, boolean hasUnits, boolean hasWarnings, int trainingTargetPercent,
        List<OptionView> shiftOptions, List<OptionView> statusOptions, List<OptionView> kindOptions) {
}
