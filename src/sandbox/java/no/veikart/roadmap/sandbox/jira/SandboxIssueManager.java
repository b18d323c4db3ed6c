package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Issue look-ups without permission checks, as Jira's IssueManager. */
public final class SandboxIssueManager implements IssueManager {

    private final JiraStore store;

    public SandboxIssueManager(JiraStore store) {
        this.store = store;
    }

    /** Deletes the issue with its sub-tasks, their links and comments; no permission check, no event. */
    @Override
    public void deleteIssueNoEvent(Issue issue) throws RemoveException {
        if (issue == null || issue.getId() == null) {
            throw new RemoveException("No issue to delete");
        }
        boolean removed = store.write(d -> {
            if (JiraViews.issue(d, issue.getId()).isEmpty()) {
                return false;
            }
            JiraViews.deleteWithSubTasks(d, issue.getId());
            return true;
        });
        if (!removed) {
            throw new RemoveException("Issue does not exist: " + issue);
        }
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return store.read(d -> JiraViews.issue(d, id).map(r -> JiraViews.toIssue(d, r)).orElse(null));
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return store.read(d -> JiraViews.issueByKey(d, key).map(r -> JiraViews.toIssue(d, r)).orElse(null));
    }

    /** Sub-tasks linked to the parent (host pages only; Jira's getSubTaskObjects is not in the stand-in). */
    public List<SandboxIssue> subTasks(Long parentId) {
        return store.read(d -> d.issues.stream()
                .filter(i -> parentId != null && parentId.equals(i.parentId()))
                .sorted(Comparator.comparingLong(JiraData.IssueRow::id))
                .map(r -> JiraViews.toIssue(d, r))
                .collect(Collectors.toList()));
    }

    /** A project's issues, newest first (host pages only). */
    public List<SandboxIssue> issuesOf(Long projectId) {
        return store.read(d -> d.issues.stream()
                .filter(i -> projectId != null && i.projectId() == projectId)
                .sorted(Comparator.comparingLong(JiraData.IssueRow::id).reversed())
                .map(r -> JiraViews.toIssue(d, r))
                .collect(Collectors.toList()));
    }
}
