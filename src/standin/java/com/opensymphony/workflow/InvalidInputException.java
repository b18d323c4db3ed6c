package com.opensymphony.workflow;

/**
 * Stand-in, compile-only, never bundled. Mirrors OSWorkflow {@code InvalidInputException(String)}: the message is
 * shown to the user whose transition a validator refused.
 */
public class InvalidInputException extends WorkflowException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
