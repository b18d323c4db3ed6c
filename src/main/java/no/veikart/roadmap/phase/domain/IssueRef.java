package no.veikart.roadmap.phase.domain;

/** A Jira issue as the roadmap refers to it: id (stable) and key (for links; changes when a project is renamed). */
public record IssueRef(long id, String key) {
}
