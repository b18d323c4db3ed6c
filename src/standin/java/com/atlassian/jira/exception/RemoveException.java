package com.atlassian.jira.exception;

/**
 * Stand-in, compile-only, never bundled. Mirrors the checked {@code RemoveException} of jira-api (S-J63
 * {@code exception/RemoveException.java}), thrown by IssueManager#deleteIssueNoEvent.
 */
public class RemoveException extends Exception {
    private static final long serialVersionUID = 1L;

    public RemoveException(String message) {
        super(message);
    }
}
