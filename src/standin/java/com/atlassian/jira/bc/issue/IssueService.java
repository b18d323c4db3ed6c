package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; method set from DAC 'Performing issue operations' (updated 2026) and Jira 7/8 public mocks; validateUpdate/update as called in public plugin code with ApplicationUser (e.g. story point and date-copy plugins, Jira 7-9); nested result types are nested classes of IssueService in real Jira.
 */
public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    IssueResult getIssue(ApplicationUser user, String key);

    /** Validates an edit as the user (Edit Issues permission, field values in the user's format); Jira 7+ ApplicationUser form. */
    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    /** Stores a valid edit: change history, issue updated event and reindex of the issue, as Jira's edit screen does. */
    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    DeleteValidationResult validateDelete(ApplicationUser user, Long issueId);

    ErrorCollection delete(ApplicationUser user, DeleteValidationResult deleteValidationResult);

    /**
     * Real Jira: nested class extending ServiceResultImpl. Constructors here exist for the sandbox only; the
     * plugin never constructs results (real constructor shapes in Jira 11 are unconfirmed).
     */
    class IssueValidationResult {
        private final ErrorCollection errorCollection;
        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            this.issue = issue;
            this.errorCollection = errorCollection;
        }

        public boolean isValid() {
            return errorCollection == null || !errorCollection.hasAnyErrors();
        }

        public ErrorCollection getErrorCollection() {
            return errorCollection;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class CreateValidationResult extends IssueValidationResult {
        public CreateValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }

    class IssueResult extends IssueValidationResult {
        public IssueResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }

    /** Real Jira's constructor also takes the field values holder; the plugin never constructs one. */
    class UpdateValidationResult extends IssueValidationResult {
        public UpdateValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }

    class DeleteValidationResult extends IssueValidationResult {
        public DeleteValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }
}
