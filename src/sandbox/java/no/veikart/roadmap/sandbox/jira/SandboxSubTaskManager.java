package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;

/** Makes an issue the sub-task of another: the only way a parent is recorded, as in Jira. */
public final class SandboxSubTaskManager implements SubTaskManager {

    private final JiraStore store;

    public SandboxSubTaskManager(JiraStore store) {
        this.store = store;
    }

    @Override
    public void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser)
            throws CreateException {
        if (parentIssue == null || subTaskIssue == null) {
            throw new CreateException("Parent and sub-task issues are required");
        }
        String problem = store.write(d -> {
            if (!d.subTasksEnabled) {
                return "Sub-tasks are disabled";
            }
            Optional<JiraData.IssueRow> parent = JiraViews.issue(d, parentIssue.getId());
            Optional<JiraData.IssueRow> child = JiraViews.issue(d, subTaskIssue.getId());
            if (parent.isEmpty() || child.isEmpty()) {
                return "Issue does not exist: " + (parent.isEmpty() ? parentIssue : subTaskIssue);
            }
            boolean childIsSubTaskType = JiraViews.issueType(d, child.get().issueTypeId())
                    .map(JiraData.IssueTypeRow::subTask).orElse(false);
            boolean parentIsSubTaskType = JiraViews.issueType(d, parent.get().issueTypeId())
                    .map(JiraData.IssueTypeRow::subTask).orElse(false);
            if (!childIsSubTaskType) {
                return child.get().key() + " does not have a sub-task issue type";
            }
            if (parentIsSubTaskType) {
                return parent.get().key() + " is a sub-task and cannot have sub-tasks";
            }
            if (parent.get().projectId() != child.get().projectId()) {
                return "A sub-task must be in its parent's project";
            }
            if (child.get().parentId() != null) {
                return child.get().key() + " already has a parent";
            }
            JiraViews.replaceIssue(d, child.get().withParent(parent.get().id()));
            return null;
        });
        if (problem != null) {
            throw new CreateException(problem);
        }
    }

    @Override
    public boolean isSubTasksEnabled() {
        return store.read(d -> d.subTasksEnabled);
    }

    @Override
    public void enableSubTasks() {
        store.write(d -> {
            d.subTasksEnabled = true;
            return null;
        });
    }
}
