package com.atlassian.jira.project;

import java.util.List;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; Jira 6.3 jira-api {@code project/ProjectManager.java} (S-J63); unchanged shapes used by Jira 8-11 plugins.
 */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
