package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it; method set from DAC 'Performing issue operations' (updated 2026) and Jira 7/8 public mocks; nested result types are nested classes of IssueService in real Jira.
 */
public interface IssueService {
    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    CreateValidationResult validateSubTaskCreate(ApplicationUser user, Long parentId, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    IssueResult getIssue(ApplicationUser user, String key);

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

    class DeleteValidationResult extends IssueValidationResult {
        public DeleteValidationResult(MutableIssue issue, ErrorCollection errorCollection) {
            super(issue, errorCollection);
        }
    }
}
