package no.veikart.roadmap.sandbox.jira;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.function.Predicate;
import org.junit.Test;

/** {@code issuekey in (…)}, the JQL the portfolio gadget's numbers link to, with Jira's meaning and messages. */
public class SandboxJqlIssueKeyTest {

    private final JiraData data = data();

    private static JiraData data() {
        JiraData d = JiraData.initial();
        d.issues.add(new JiraData.IssueRow(1, "DEMO-1", 10000, "10001", "One", null, "Open", "admin", null, null, null));
        d.issues.add(new JiraData.IssueRow(2, "DEMO-2", 10000, "10001", "Two", null, "Open", "admin", null, null, null));
        d.issues.add(new JiraData.IssueRow(3, "HELSE-1", 10001, "10001", "Three", null, "Open", "admin", null, null,
                null));
        return d;
    }

    private List<String> search(String jql) {
        Predicate<JiraData.IssueRow> matches = SandboxJql.parse(jql).compile(data);
        return data.issues.stream().filter(matches).map(JiraData.IssueRow::key).toList();
    }

    @Test
    public void listsExactlyTheIssuesNamed() {
        assertEquals(List.of("DEMO-1", "HELSE-1"), search("issuekey in (DEMO-1, HELSE-1)"));
        assertEquals(List.of("DEMO-2"), search("key in (\"DEMO-2\")"));
        assertEquals(List.of("DEMO-2"), search("issuekey not in (DEMO-1,HELSE-1)"));
        assertEquals(List.of("DEMO-1"), search("issuekey = DEMO-1"));
        assertEquals(List.of("DEMO-1"), search("issuekey in (DEMO-1, DEMO-2) AND project = DEMO AND key != DEMO-2"));
    }

    @Test
    public void unknownKeysAndBrokenListsAreJirasErrors() {
        assertThat(assertThrows(SandboxJql.JqlException.class, () -> search("issuekey in (DEMO-9)")).getMessage(),
                containsString("An issue with key 'DEMO-9' does not exist for field 'issuekey'."));
        assertThrows(SandboxJql.JqlException.class, () -> search("issuekey in DEMO-1"));
        assertThrows(SandboxJql.JqlException.class, () -> search("issuekey in (DEMO-1"));
        assertThrows(SandboxJql.JqlException.class, () -> search("issuekey in (DEMO-1 DEMO-2)"));
        assertThrows(SandboxJql.JqlException.class, () -> search("issuekey in ()"));
        assertThrows(SandboxJql.JqlException.class, () -> search("project in (DEMO)"));
        assertThrows(SandboxJql.JqlException.class, () -> search("issuekey > DEMO-1"));
    }
}
