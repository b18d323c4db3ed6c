package com.atlassian.jira.issue.context;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as it is used; getProjectId() from
 * Jira's IssueContext (@PublicApi, jira-api 6.x-7.x copies; null means all projects). Only the sandbox reads it.
 */
public interface IssueContext {
    Long getProjectId();
}
