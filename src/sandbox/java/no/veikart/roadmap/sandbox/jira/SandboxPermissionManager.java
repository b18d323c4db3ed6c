package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.stream.Collectors;

/** Project permissions from {@link SandboxUsers}; anonymous users have none. */
public final class SandboxPermissionManager implements PermissionManager {

    private final JiraStore store;
    private final SandboxUsers users;

    public SandboxPermissionManager(JiraStore store, SandboxUsers users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        if (issue == null || issue.getProjectId() == null) {
            return false;
        }
        String projectKey = store.read(d -> JiraViews.project(d, issue.getProjectId())
                .map(JiraData.ProjectRow::key).orElse(null));
        return projectKey != null && users.hasProjectPermission(user, permissionKey.permissionKey(), projectKey);
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        return project != null && users.hasProjectPermission(user, permissionKey.permissionKey(), project.getKey());
    }

    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        return store.read(d -> d.projects.stream()
                .filter(p -> users.hasProjectPermission(user, permissionKey.permissionKey(), p.key()))
                .map(JiraViews::toProject)
                .collect(Collectors.toList()));
    }
}
