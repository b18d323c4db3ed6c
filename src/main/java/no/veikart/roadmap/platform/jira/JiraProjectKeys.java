package no.veikart.roadmap.platform.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;
import no.veikart.roadmap.risk.domain.ProjectKeys;

/** Every project's key through {@link ProjectManager#getProjectObjects()} (as the admin page lists projects). */
public class JiraProjectKeys implements ProjectKeys {
    private final ProjectManager projects;

    public JiraProjectKeys(ProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public List<String> all() {
        return projects.getProjectObjects().stream().map(Project::getKey).sorted().toList();
    }
}
