package com.atlassian.jira.issue.customfields.impl;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it: thrown by
 * {@code CustomFieldType#getSingularObjectFromString} (package from S-J63 imports, reference §3; declared in the
 * throws clause by the mailru groovy plugin's {@code JqlFunctionCFType}). Whether Jira 11's class is checked or
 * unchecked is unconfirmed [?]: the plugin only throws it from methods that declare it, which compiles either way.
 */
public class FieldValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FieldValidationException(String message) {
        super(message);
    }
}
