package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.exception.RemoveException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.phase.domain.IssueTracker;
import no.veikart.roadmap.phase.domain.TrackedIssue;

/** Issues through IssueService, so Jira's own validation, permissions, events and indexing apply. */
public class JiraIssueTracker implements IssueTracker {
    private final IssueService issueService;
    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final SubTaskManager subTaskManager;
    private final IssueLinkManager linkManager;
    private final CommentManager commentManager;
    private final JiraUsers users;
    private final RequestIssues requestIssues;

    public JiraIssueTracker(IssueService issueService, IssueManager issueManager, ProjectManager projectManager,
            SubTaskManager subTaskManager, IssueLinkManager linkManager, CommentManager commentManager, JiraUsers users,
            RequestIssues requestIssues) {
        this.requestIssues = requestIssues;
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.subTaskManager = subTaskManager;
        this.linkManager = linkManager;
        this.commentManager = commentManager;
        this.users = users;
    }

    @Override
    public Optional<TrackedIssue> find(String key) {
        return requestIssues.byKey(key).map(JiraIssueTracker::tracked);
    }

    @Override
    public Optional<TrackedIssue> find(long id) {
        return requestIssues.byId(id).map(JiraIssueTracker::tracked);
    }

    private static TrackedIssue tracked(Issue issue) {
        Project project = issue.getProjectObject();
        return new TrackedIssue(issue.getId(), issue.getKey(), project == null ? null : project.getKey(), issue.getSummary());
    }

    @Override
    public IssueRef create(Actor actor, String projectKey, String issueTypeId, String summary, String description) {
        ApplicationUser user = users.userOf(actor);
        Project project = projectManager.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new IssueTrackerException("no project " + projectKey);
        }
        IssueService.CreateValidationResult validation = issueService.validateCreate(user,
                input(project.getId(), issueTypeId, summary, description, user));
        return created(user, validation);
    }

    @Override
    public IssueRef createSubTask(Actor actor, IssueRef parent, String issueTypeId, String summary, String description) {
        ApplicationUser user = users.userOf(actor);
        MutableIssue parentIssue = issueManager.getIssueObject(parent.id());
        if (parentIssue == null) {
            throw new IssueTrackerException("no parent issue " + parent.key());
        }
        IssueService.CreateValidationResult validation = issueService.validateSubTaskCreate(user, parentIssue.getId(),
                input(parentIssue.getProjectId(), issueTypeId, summary, description, user));
        IssueRef child = created(user, validation);
        try {
            // IssueService does not link a sub-task to its parent by itself.
            subTaskManager.createSubTaskIssueLink(parentIssue, issueManager.getIssueObject(child.id()), user);
        } catch (CreateException e) {
            throw new IssueTrackerException("sub-task link failed: " + e.getMessage(), e);
        }
        return child;
    }

    private IssueInputParameters input(Long projectId, String issueTypeId, String summary, String description, ApplicationUser user) {
        return issueService.newIssueInputParameters()
                .setProjectId(projectId)
                .setIssueTypeId(issueTypeId)
                .setSummary(summary)
                .setDescription(description)
                .setReporterId(user.getUsername());
    }

    private IssueRef created(ApplicationUser user, IssueService.CreateValidationResult validation) {
        if (!validation.isValid()) {
            throw new IssueTrackerException(describe(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.create(user, validation);
        requestIssues.forget();
        if (!result.isValid() || result.getIssue() == null) {
            throw new IssueTrackerException(describe(result.getErrorCollection()));
        }
        return new IssueRef(result.getIssue().getId(), result.getIssue().getKey());
    }

    @Override
    public void link(Actor actor, IssueRef from, IssueRef to, long linkTypeId) {
        try {
            linkManager.createIssueLink(from.id(), to.id(), linkTypeId, null, users.userOf(actor));
        } catch (CreateException e) {
            throw new IssueTrackerException("link failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(Actor actor, IssueRef issue) {
        // Only used to undo a creation that failed halfway: the creator may lack the delete permission, and the
        // issues were never complete, so they go without permission check or event.
        MutableIssue target = issueManager.getIssueObject(issue.id());
        if (target == null) {
            return;
        }
        try {
            issueManager.deleteIssueNoEvent(target);
            requestIssues.forget();
        } catch (RemoveException e) {
            throw new IssueTrackerException("delete failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void comment(Actor actor, IssueRef issue, String body) {
        MutableIssue target = issueManager.getIssueObject(issue.id());
        if (target != null) {
            commentManager.create(target, users.userOf(actor), body, true);
        }
    }

    private static String describe(ErrorCollection errors) {
        if (errors == null) {
            return "Jira refused the change";
        }
        return String.join("; ", errors.getErrorMessages()) + (errors.getErrors().isEmpty() ? "" : " " + errors.getErrors());
    }
}
