package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's issue service: validate, then create, update or delete, with Jira's rules and (English) messages: project
 * must exist, the type must be in the project's issue type scheme, a sub-task type only through
 * {@link #validateSubTaskCreate}, summary required and at most 255 characters, and the caller needs Create Issues.
 * Creating a sub-task does not link it to its parent: call {@code SubTaskManager.createSubTaskIssueLink}, as in Jira.
 * Updates set custom field values only (Edit Issues needed; see {@link SandboxCustomFields#validate}); the issue
 * search reads the stored values at once, as Jira's reindex after an update makes them searchable.
 */
public final class SandboxIssueService implements IssueService {

    static final int SUMMARY_MAX = 255;
    private static final String INITIAL_STATUS = "To Do";

    private final JiraStore store;
    private final SandboxUsers users;
    private final Clock clock;
    private final SandboxCustomFields customFields;

    public SandboxIssueService(JiraStore store, SandboxUsers users, Clock clock) {
        this(store, users, clock, null);
    }

    /** With {@code customFields}, {@link #validateUpdate} can set custom field values. */
    public SandboxIssueService(JiraStore store, SandboxUsers users, Clock clock, SandboxCustomFields customFields) {
        this.store = store;
        this.users = users;
        this.clock = clock;
        this.customFields = customFields;
    }

    /** The values a valid update will store (custom field id to stored text, null to clear). */
    static final class SandboxUpdateValidationResult extends UpdateValidationResult {
        private final Map<Long, String> values;

        SandboxUpdateValidationResult(MutableIssue issue, ErrorCollection errors, Map<Long, String> values) {
            super(issue, errors);
            this.values = values;
        }
    }

    @Override
    public UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters params) {
        return store.read(d -> {
            SimpleErrorCollection errors = new SimpleErrorCollection();
            Optional<JiraData.IssueRow> row = JiraViews.issue(d, issueId);
            if (row.isEmpty()) {
                errors.addErrorMessage("Issue Does Not Exist");
                return new SandboxUpdateValidationResult(null, errors, Map.of());
            }
            String projectKey = JiraViews.project(d, row.get().projectId()).map(JiraData.ProjectRow::key)
                    .orElse(null);
            if (!users.hasProjectPermission(user, ProjectPermissions.BROWSE_PROJECTS.permissionKey(), projectKey)) {
                errors.addErrorMessage("You do not have the permission to see the specified issue.");
                return new SandboxUpdateValidationResult(null, errors, Map.of());
            }
            if (!users.hasProjectPermission(user, ProjectPermissions.EDIT_ISSUES.permissionKey(), projectKey)) {
                errors.addErrorMessage("You do not have permission to edit issues in this project.");
                return new SandboxUpdateValidationResult(null, errors, Map.of());
            }
            if (!(params instanceof SandboxIssueInputParameters input) || customFields == null
                    || input.getSummary() != null || input.getDescription() != null || input.getIssueTypeId() != null
                    || input.getProjectId() != null || input.getAssigneeId() != null || input.getReporterId() != null) {
                errors.addErrorMessage("The sandbox's IssueService updates custom fields only.");
                return new SandboxUpdateValidationResult(null, errors, Map.of());
            }
            Map<Long, String> values = customFields.validate(d, row.get(), input.getCustomFieldValues(),
                    input.skipScreenCheck(), errors);
            return new SandboxUpdateValidationResult(JiraViews.toIssue(d, row.get()), errors,
                    errors.hasAnyErrors() ? Map.of() : values);
        });
    }

    @Override
    public IssueResult update(ApplicationUser user, UpdateValidationResult result) {
        if (!(result instanceof SandboxUpdateValidationResult valid) || !result.isValid() || result.getIssue() == null) {
            throw new IllegalStateException("You can not update an issue with an invalid validation result.");
        }
        long id = result.getIssue().getId();
        SandboxIssue updated = store.write(d -> {
            JiraData.IssueRow row = JiraViews.issue(d, id)
                    .orElseThrow(() -> new IllegalStateException("Issue " + id + " was deleted meanwhile"));
            SandboxCustomFields.apply(d, id, valid.values);
            return JiraViews.toIssue(d, row);
        });
        return new IssueResult(updated, new SimpleErrorCollection());
    }

    @Override
    public IssueInputParameters newIssueInputParameters() {
        return new SandboxIssueInputParameters();
    }

    @Override
    public CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters params) {
        return store.read(d -> validate(d, user, params, null));
    }

    @Override
    public CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId,
            IssueInputParameters params) {
        return store.read(d -> {
            Optional<JiraData.IssueRow> parent = JiraViews.issue(d, parentId);
            if (parent.isEmpty()) {
                SimpleErrorCollection errors = new SimpleErrorCollection();
                errors.addErrorMessage("Parent issue does not exist.");
                return new CreateValidationResult(null, errors);
            }
            return validate(d, user, params, parent.get());
        });
    }

    private CreateValidationResult validate(JiraData d, ApplicationUser user, IssueInputParameters params,
            JiraData.IssueRow parent) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        Optional<JiraData.ProjectRow> project = JiraViews.project(d, params.getProjectId());
        if (project.isEmpty()) {
            errors.addError("pid", "You must specify a valid project.");
        } else if (!users.hasProjectPermission(user, ProjectPermissions.CREATE_ISSUES.permissionKey(),
                project.get().key())) {
            errors.addErrorMessage("You do not have permission to create issues in this project.");
        }
        Optional<JiraData.IssueTypeRow> type = JiraViews.issueType(d, params.getIssueTypeId());
        boolean typeInScheme = project.flatMap(p -> JiraViews.scheme(d, p.schemeId()))
                .map(s -> s.optionIds().contains(params.getIssueTypeId())).orElse(false);
        if (type.isEmpty() || (project.isPresent() && !typeInScheme)) {
            errors.addError("issuetype", "The issue type selected is invalid.");
        } else if (parent == null && type.get().subTask()) {
            errors.addError("issuetype", "Issue type is a sub-task but parent issue key or id not specified.");
        } else if (parent != null && !type.get().subTask()) {
            errors.addError("issuetype", "Issue type is not a sub-task issue type.");
        }
        if (parent != null && project.isPresent() && parent.projectId() != project.get().id()) {
            errors.addError("pid", "The sub-task must be in the same project as its parent.");
        }
        String summary = params.getSummary();
        if (summary == null || summary.isBlank()) {
            errors.addError("summary", "You must specify a summary of the issue.");
        } else if (summary.length() > SUMMARY_MAX) {
            errors.addError("summary", "Summary must be less than 255 characters.");
        }
        if (errors.hasAnyErrors()) {
            return new CreateValidationResult(null, errors);
        }
        String reporter = params.getReporterId() != null ? params.getReporterId()
                : user == null ? null : user.getKey();
        String assignee = params instanceof SandboxIssueInputParameters
                ? ((SandboxIssueInputParameters) params).getAssigneeId() : null;
        SandboxIssue draft = new SandboxIssue(null, null, JiraViews.toProject(project.get()),
                new SandboxIssueType(type.get()), summary.trim(), params.getDescription(),
                parent == null ? null : parent.id(), INITIAL_STATUS, reporter, assignee, null);
        return new CreateValidationResult(draft, errors);
    }

    @Override
    public IssueResult create(ApplicationUser user, CreateValidationResult result) {
        if (result == null || !result.isValid() || result.getIssue() == null) {
            throw new IllegalStateException("You can not create an issue with an invalid validation result.");
        }
        MutableIssue draft = result.getIssue();
        SandboxIssue created = store.write(d -> {
            JiraData.ProjectRow project = JiraViews.project(d, draft.getProjectId()).orElseThrow();
            long number = d.issueCounters.merge(project.key(), 1L, Long::sum);
            SandboxIssue base = draft instanceof SandboxIssue ? (SandboxIssue) draft : null;
            JiraData.IssueRow row = new JiraData.IssueRow(d.nextIssueId++, project.key() + "-" + number,
                    project.id(), draft.getIssueType().getId(), draft.getSummary(), draft.getDescription(),
                    INITIAL_STATUS, base == null ? user.getKey() : base.getReporterKey(),
                    base == null ? null : base.getAssigneeKey(), null, Instant.now(clock).toString());
            d.issues.add(row);
            SandboxIssue stored = JiraViews.toIssue(d, row);
            // The returned object still knows the parent it was validated for, as Jira's MutableIssue does.
            return new SandboxIssue(stored.getId(), stored.getKey(), stored.getProjectObject(),
                    stored.getIssueType(), stored.getSummary(), stored.getDescription(), draft.getParentId(),
                    stored.getStatusName(), stored.getReporterKey(), stored.getAssigneeKey(), stored.getCreated());
        });
        return new IssueResult(created, new SimpleErrorCollection());
    }

    @Override
    public IssueResult getIssue(ApplicationUser user, String key) {
        return store.read(d -> {
            SimpleErrorCollection errors = new SimpleErrorCollection();
            Optional<JiraData.IssueRow> row = JiraViews.issueByKey(d, key);
            if (row.isEmpty()) {
                errors.addErrorMessage("Issue Does Not Exist");
                return new IssueResult(null, errors);
            }
            String projectKey = JiraViews.project(d, row.get().projectId()).map(JiraData.ProjectRow::key)
                    .orElse(null);
            if (!users.hasProjectPermission(user, ProjectPermissions.BROWSE_PROJECTS.permissionKey(), projectKey)) {
                errors.addErrorMessage("You do not have the permission to see the specified issue.");
                return new IssueResult(null, errors);
            }
            return new IssueResult(JiraViews.toIssue(d, row.get()), errors);
        });
    }

    @Override
    public DeleteValidationResult validateDelete(ApplicationUser user, Long issueId) {
        return store.read(d -> {
            SimpleErrorCollection errors = new SimpleErrorCollection();
            Optional<JiraData.IssueRow> row = JiraViews.issue(d, issueId);
            if (row.isEmpty()) {
                errors.addErrorMessage("Issue Does Not Exist");
                return new DeleteValidationResult(null, errors);
            }
            String projectKey = JiraViews.project(d, row.get().projectId()).map(JiraData.ProjectRow::key)
                    .orElse(null);
            if (!users.hasProjectPermission(user, ProjectPermissions.DELETE_ISSUES.permissionKey(), projectKey)) {
                errors.addErrorMessage("You do not have permission to delete issues in this project.");
                return new DeleteValidationResult(null, errors);
            }
            return new DeleteValidationResult(JiraViews.toIssue(d, row.get()), errors);
        });
    }

    /** Deletes the issue with its sub-tasks, their links and comments, as Jira does. */
    @Override
    public ErrorCollection delete(ApplicationUser user, DeleteValidationResult result) {
        if (result == null || !result.isValid() || result.getIssue() == null) {
            throw new IllegalStateException("You can not delete an issue with an invalid validation result.");
        }
        long id = result.getIssue().getId();
        store.write(d -> {
            JiraViews.deleteWithSubTasks(d, id);
            return null;
        });
        return new SimpleErrorCollection();
    }
}
