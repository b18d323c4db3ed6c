package com.atlassian.jira.issue;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; Jira 6.3 jira-api {@code issue/IssueInputParameters.java} (S-J63); builder methods return this. addCustomFieldValue(Long, String...), setSkipScreenCheck(boolean) and setRetainExistingValuesWhenParameterNotProvided(boolean, boolean) from the jira-api IssueInputParameters interface (@PublicApi; Jira 6.x-7.x copies and Jira 8 public mocks).
 */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setReporterId(String reporterId);

    IssueInputParameters setAssigneeId(String assigneeId);

    /** Puts {@code customfield_<id>} into the web-style parameters; values in the format the field expects. */
    IssueInputParameters addCustomFieldValue(Long customFieldId, String... values);

    /** Lets the Issue Service set fields that are not on the Edit screen (since 5.0 for editing). */
    void setSkipScreenCheck(boolean skipScreenCheck);

    /** Keeps values that are not given; with {@code onlyValidatePresentFields} only given fields are validated (since 5.0.2). */
    void setRetainExistingValuesWhenParameterNotProvided(boolean retainExistingValues, boolean onlyValidatePresentFields);

    Long getProjectId();

    String getIssueTypeId();

    String getSummary();

    String getDescription();

    String getReporterId();
}
