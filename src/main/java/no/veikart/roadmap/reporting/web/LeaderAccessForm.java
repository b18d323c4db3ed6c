package no.veikart.roadmap.reporting.web;

import java.util.List;

/**
 * The leader access form of the admin page (docs/leader-access.md): the group names one a line, every project with
 * its opt-in box, and the version the form saves over. After a refused save it holds what the administrator typed.
 */
public record LeaderAccessForm(String groups, List<LeaderProjectOption> projects, long version) {
    public LeaderAccessForm {
        projects = List.copyOf(projects);
    }
}
