package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;
import java.util.stream.Collectors;

/** Projects DEMO, HELSE and SKOLE (the sandbox creates no others). */
public final class SandboxProjectManager implements ProjectManager {

    private final JiraStore store;

    public SandboxProjectManager(JiraStore store) {
        this.store = store;
    }

    @Override
    public Project getProjectObj(Long id) {
        return store.read(d -> JiraViews.project(d, id).map(JiraViews::toProject).orElse(null));
    }

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return store.read(d -> JiraViews.projectByKey(d, projectKey).map(JiraViews::toProject).orElse(null));
    }

    @Override
    public List<Project> getProjectObjects() {
        return store.read(d -> d.projects.stream().map(JiraViews::toProject).collect(Collectors.toList()));
    }
}
