package no.veikart.roadmap.phase.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.veikart.roadmap.common.domain.AdminSettingsGroup;

/**
 * One feature's settings form on the admin page. After a refused save the form shows what the administrator typed
 * (so they can correct it), otherwise the stored values.
 */
public record AdminSettingsView(String name, String formClass, String titleKey, String descriptionKey,
        List<AdminSettingField> fields) {

    static AdminSettingsView of(AdminSettingsGroup group, String postedGroup, Map<String, String[]> params, boolean saved,
            Function<AdminSettingsGroup.Setting, String> hint) {
        boolean retyped = !saved && group.name().equals(postedGroup);
        return new AdminSettingsView(group.name(), "roadmap-settings-" + group.name() + "-form", group.titleKey(),
                group.descriptionKey(), group.fields().stream().map(f -> {
                    String[] typed = params.get(f.name());
                    String value = retyped && typed != null && typed.length > 0 ? typed[0] : String.valueOf(f.value());
                    return new AdminSettingField(f.name(), "roadmap-settings-" + group.name() + "-" + f.name(), f.labelKey(), value,
                            f.min(), f.max(), hint.apply(f));
                }).toList());
    }
}
