package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; S-J63 config/IssueTypeManager (since 6.3); avatar-id variants called on Jira 11.3.6 by testit-tms/jira-plugin TestCaseIssueType.
 */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    IssueType createSubTaskIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);
}
