package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; getConfigScheme(Project) and update(FieldConfigScheme, Collection) called on Jira 11.3.6 (testit-tms/jira-plugin); S-J63.
 */
public interface IssueTypeSchemeManager {
    FieldConfigScheme getConfigScheme(Project project);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
