package no.veikart.roadmap.phase.domain;

/** An initiative's issue key, project and summary: enough to name and link it (reminders, lists). */
public record InitiativeSummary(long initiativeId, String issueKey, String projectKey, String summary) {
}
