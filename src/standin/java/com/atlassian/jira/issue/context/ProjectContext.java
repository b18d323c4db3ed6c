package com.atlassian.jira.issue.context;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it;
 * {@code new ProjectContext(project.getId())} as in testit-tms/jira-plugin {@code CustomFieldProvisioner} on Jira
 * 11.3.6 (S-TI); constructor {@code ProjectContext(Long projectId)} in jira-api 6.x-7.x copies. Real class extends
 * AbstractJiraContext.
 */
public class ProjectContext implements JiraContextNode {
    private final Long projectId;

    public ProjectContext(Long projectId) {
        this.projectId = projectId;
    }

    @Override
    public Long getProjectId() {
        return projectId;
    }
}
