package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.AuditEvent;
import no.veikart.roadmap.common.domain.AuditLog;
import no.veikart.roadmap.common.domain.AccessControl;
import no.veikart.roadmap.common.domain.RequestScope;

/** Roadmap permissions are Jira's: browse to read, edit to change, create to start, Jira admin for configuration. */
public class JiraAccessControl implements AccessControl {
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final ProjectManager projects;
    private final JiraUsers users;
    private final AuditLog audit;
    private final RequestIssues requestIssues;
    /** Decisions per (user, issue, permission) for the rest of the request: the issue view asks the same ones often. */
    private final RequestScope.Memo<IssueDecision, Boolean> decisions;

    private record IssueDecision(String userKey, long issueId, ProjectPermissionKey permission) {
    }

    public JiraAccessControl(PermissionManager permissions, GlobalPermissionManager globalPermissions, ProjectManager projects,
            JiraUsers users, AuditLog audit, RequestIssues requestIssues, RequestScope scope) {
        this.permissions = permissions;
        this.globalPermissions = globalPermissions;
        this.projects = projects;
        this.users = users;
        this.audit = audit;
        this.requestIssues = requestIssues;
        this.decisions = scope.memo("permission.issue");
    }

    @Override
    public void refused(Actor actor, String permission, String target) {
        audit.record(AuditEvent.of("permission.refused", actor, null, null, null).with("permission", permission)
                .with("target", target));
    }

    @Override
    public boolean isJiraAdmin(Actor actor) {
        return actor != null && globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, users.userOf(actor));
    }

    @Override
    public boolean canBrowseProject(Actor actor, String projectKey) {
        return onProject(actor, projectKey, ProjectPermissions.BROWSE_PROJECTS);
    }

    @Override
    public java.util.List<String> browsableProjects(Actor actor) {
        if (actor == null) {
            return java.util.List.of();
        }
        return permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, users.userOf(actor)).stream()
                .map(Project::getKey).toList();
    }

    @Override
    public boolean canCreateIssues(Actor actor, String projectKey) {
        return onProject(actor, projectKey, ProjectPermissions.CREATE_ISSUES);
    }

    @Override
    public boolean canBrowseIssue(Actor actor, long issueId) {
        return onIssue(actor, issueId, ProjectPermissions.BROWSE_PROJECTS);
    }

    @Override
    public boolean canEditIssue(Actor actor, long issueId) {
        return onIssue(actor, issueId, ProjectPermissions.EDIT_ISSUES);
    }

    private boolean onProject(Actor actor, String projectKey, ProjectPermissionKey permission) {
        if (actor == null || projectKey == null) {
            return false;
        }
        Project project = projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(permission, project, users.userOf(actor));
    }

    private boolean onIssue(Actor actor, long issueId, ProjectPermissionKey permission) {
        if (actor == null) {
            return false;
        }
        return decisions.get(new IssueDecision(actor.userKey(), issueId, permission), () -> {
            Issue issue = requestIssues.byId(issueId).orElse(null);
            return issue != null && permissions.hasPermission(permission, issue, users.userOf(actor));
        });
    }
}
