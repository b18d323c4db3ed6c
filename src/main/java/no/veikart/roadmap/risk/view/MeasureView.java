package no.veikart.roadmap.risk.view;

/** A measure as the panel and REST show it; {@code issueStatus} is the Jira task's status, when there is a task. */
public record MeasureView(long id, String text, String owner, String ownerName, String due, String dueDisplay,
        boolean overdue, String status, String statusName, String issueKey, String issueStatus) {
}
