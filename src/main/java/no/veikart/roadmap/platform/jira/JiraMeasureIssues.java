package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.Optional;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.FieldError;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.initiative.domain.InitiativeRef;
import no.veikart.roadmap.phase.domain.IssueRef;
import no.veikart.roadmap.phase.domain.IssueTracker;
import no.veikart.roadmap.risk.domain.MeasureIssues;

/**
 * Measure tasks through the roadmap's {@link IssueTracker} (IssueService as the actor: Jira's validation, permissions,
 * events, index). The task is of the project's standard type "Task" and linked from the initiative with Jira's
 * default "Relates" link type; a project without either is told so before anything is created.
 */
public class JiraMeasureIssues implements MeasureIssues {
    static final String TASK = "Task";
    static final String RELATES = "Relates";

    private final IssueTracker tracker;
    private final ProjectManager projects;
    private final IssueTypeSchemeManager schemes;
    private final IssueLinkTypeManager linkTypes;
    private final RequestIssues issues;

    public JiraMeasureIssues(IssueTracker tracker, ProjectManager projects, IssueTypeSchemeManager schemes,
            IssueLinkTypeManager linkTypes, RequestIssues issues) {
        this.tracker = tracker;
        this.projects = projects;
        this.schemes = schemes;
        this.linkTypes = linkTypes;
        this.issues = issues;
    }

    @Override
    public String create(Actor actor, InitiativeRef initiative, String summary, String description) {
        Project project = projects.getProjectObjByKey(initiative.projectKey());
        // J63 issue/fields/config/manager/IssueTypeSchemeManager.java (getIssueTypesForProject), as JiraProjectSetup.
        IssueType task = project == null ? null : schemes.getIssueTypesForProject(project).stream()
                .filter(t -> !t.isSubTask() && TASK.equalsIgnoreCase(t.getName())).findFirst().orElse(null);
        if (task == null) {
            throw new RoadmapException.Conflict(FieldError.of("createIssue", "roadmap.risk.error.noTaskType",
                    initiative.projectKey()));
        }
        IssueLinkType relates = linkTypes.getIssueLinkTypesByName(RELATES).stream().findFirst().orElse(null);
        if (relates == null) {
            throw new RoadmapException.Conflict(FieldError.of("createIssue", "roadmap.risk.error.noLinkType", RELATES));
        }
        IssueRef created;
        try {
            created = tracker.create(actor, initiative.projectKey(), task.getId(), summary, description);
        } catch (IssueTracker.IssueTrackerException e) {
            throw new RoadmapException.Conflict(FieldError.of("createIssue", "roadmap.risk.error.taskRefused",
                    new JiraMessage(e.getMessage())));
        }
        try {
            tracker.link(actor, new IssueRef(initiative.issueId(), initiative.issueKey()), created, relates.getId());
        } catch (RuntimeException e) {
            tracker.delete(actor, created);
            throw new RoadmapException.Conflict(FieldError.of("createIssue", "roadmap.risk.error.taskRefused",
                    new JiraMessage(e.getMessage())));
        }
        return created.key();
    }

    @Override
    public void remove(Actor actor, String issueKey) {
        issues.byKey(issueKey).ifPresent(i -> tracker.delete(actor, new IssueRef(i.getId(), i.getKey())));
    }

    @Override
    public Optional<String> status(String issueKey) {
        // J63 issue/Issue.java (getStatus) and issue/status/Status.java (getName, from IssueConstant).
        return issues.byKey(issueKey).map(Issue::getStatus).map(Status::getName);
    }

    /** Jira's own message as an argument: shown as written, never taken for a key. */
    record JiraMessage(String text) {
        @Override
        public String toString() {
            return text == null ? "" : text;
        }
    }
}
