package no.veikart.roadmap.leader.domain;

import java.util.List;

/**
 * Who may read aggregated figures without browse permission: members of {@code groups}, for the projects that opted
 * in ({@code projects}). {@code version} counts saves (0 = never saved), for lost-update checks.
 */
public record LeaderAccessSettings(List<String> groups, List<String> projects, long version) {
    public static final LeaderAccessSettings NONE = new LeaderAccessSettings(List.of(), List.of(), 0);

    public LeaderAccessSettings {
        groups = List.copyOf(groups);
        projects = List.copyOf(projects);
    }
}
