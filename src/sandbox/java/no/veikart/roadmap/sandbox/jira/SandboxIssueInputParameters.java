package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.IssueInputParameters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plain holder for the create and edit form values. */
public final class SandboxIssueInputParameters implements IssueInputParameters {

    private Long projectId;
    private String issueTypeId;
    private String summary;
    private String description;
    private String reporterId;
    private String assigneeId;
    private final Map<Long, String[]> customFieldValues = new LinkedHashMap<>();
    private boolean skipScreenCheck;
    private boolean retainExistingValues = true;
    private boolean onlyValidatePresentFields;

    @Override
    public IssueInputParameters setProjectId(Long projectId) {
        this.projectId = projectId;
        return this;
    }

    @Override
    public IssueInputParameters setIssueTypeId(String issueTypeId) {
        this.issueTypeId = issueTypeId;
        return this;
    }

    @Override
    public IssueInputParameters setSummary(String summary) {
        this.summary = summary;
        return this;
    }

    @Override
    public IssueInputParameters setDescription(String description) {
        this.description = description;
        return this;
    }

    @Override
    public IssueInputParameters setReporterId(String reporterId) {
        this.reporterId = reporterId;
        return this;
    }

    @Override
    public IssueInputParameters setAssigneeId(String assigneeId) {
        this.assigneeId = assigneeId;
        return this;
    }

    @Override
    public Long getProjectId() {
        return projectId;
    }

    @Override
    public String getIssueTypeId() {
        return issueTypeId;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String getReporterId() {
        return reporterId;
    }

    public String getAssigneeId() {
        return assigneeId;
    }

    @Override
    public IssueInputParameters addCustomFieldValue(Long customFieldId, String... values) {
        if (customFieldId != null) {
            customFieldValues.put(customFieldId, values);
        }
        return this;
    }

    @Override
    public void setSkipScreenCheck(boolean skipScreenCheck) {
        this.skipScreenCheck = skipScreenCheck;
    }

    @Override
    public void setRetainExistingValuesWhenParameterNotProvided(boolean retainExistingValues,
            boolean onlyValidatePresentFields) {
        this.retainExistingValues = retainExistingValues;
        this.onlyValidatePresentFields = onlyValidatePresentFields;
    }

    /** Custom field id to the values given, in the order they were added. */
    public Map<Long, String[]> getCustomFieldValues() {
        return Collections.unmodifiableMap(customFieldValues);
    }

    public boolean skipScreenCheck() {
        return skipScreenCheck;
    }

    public boolean retainExistingValues() {
        return retainExistingValues;
    }

    public boolean onlyValidatePresentFields() {
        return onlyValidatePresentFields;
    }
}
