package no.veikart.roadmap.initiative.integration;

import com.atlassian.jira.issue.Issue;

/**
 * Who answers for an initiative, as the reminders mail it: its issue's assignee, or its reporter while nobody is
 * assigned, Jira's own notion of who is responsible for an issue ({@code Issue.getAssigneeId()}/{@code getReporterId()},
 * user keys; Jira 6.3 jira-api {@code issue/Issue.java}).
 */
public final class InitiativeOwner {
    private InitiativeOwner() {
    }

    /** The user key of the issue's assignee, else of its reporter; null (nobody to mail) when the issue is gone. */
    public static String of(Issue issue) {
        if (issue == null) {
            return null;
        }
        String assignee = issue.getAssigneeId();
        return assignee != null && !assignee.isBlank() ? assignee : issue.getReporterId();
    }
}
