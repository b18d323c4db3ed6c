package no.veikart.roadmap.reporting.web;

/** A project's opt-in box on the leader access form; {@code name} is empty for a key Jira no longer knows. */
public record LeaderProjectOption(String key, String name, boolean checked) {
}
