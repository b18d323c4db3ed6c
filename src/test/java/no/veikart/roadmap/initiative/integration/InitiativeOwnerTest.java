package no.veikart.roadmap.initiative.integration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import org.junit.Test;

public class InitiativeOwnerTest {
    private static Issue issue(String assignee, String reporter) {
        Issue issue = mock(Issue.class);
        when(issue.getAssigneeId()).thenReturn(assignee);
        when(issue.getReporterId()).thenReturn(reporter);
        return issue;
    }

    @Test
    public void theAssigneeAnswersForTheInitiative() {
        assertEquals("JIRAUSER10100", InitiativeOwner.of(issue("JIRAUSER10100", "JIRAUSER10000")));
    }

    @Test
    public void theReporterAnswersWhileNobodyIsAssigned() {
        assertEquals("JIRAUSER10000", InitiativeOwner.of(issue(null, "JIRAUSER10000")));
        assertEquals("JIRAUSER10000", InitiativeOwner.of(issue(" ", "JIRAUSER10000")));
    }

    @Test
    public void aGoneIssueHasNobodyToMail() {
        assertNull(InitiativeOwner.of(null));
        assertNull(InitiativeOwner.of(issue(null, null)));
    }
}
