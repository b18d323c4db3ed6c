package no.veikart.roadmap.common.domain;

import java.util.List;
import java.util.Optional;

/** The features' setting groups the admin page shows, in order (one bean, one line per feature). */
public record AdminSettingsGroups(List<AdminSettingsGroup> groups) {
    public AdminSettingsGroups {
        groups = List.copyOf(groups);
    }

    public Optional<AdminSettingsGroup> named(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
