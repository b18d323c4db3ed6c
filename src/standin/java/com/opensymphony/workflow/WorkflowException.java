package com.opensymphony.workflow;

/**
 * Stand-in, compile-only, never bundled. Mirrors OSWorkflow {@code WorkflowException} (checked), which Jira 11 still
 * exports for workflow validators (Atlassian reference plugin {@code ReferenceValidator}; tied/jira-plugin-1).
 */
public class WorkflowException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String message) {
        super(message);
    }
}
