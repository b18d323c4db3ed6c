package org.ofbiz.core.entity;

/**
 * Stand-in, compile-only, never bundled. Mirrors the checked exception of Jira's entity engine (OfBiz, exported by
 * Jira to plugins) as far as the plugin uses it: declared by {@code CustomFieldManager#createCustomField} (jira-api
 * copies; caught by public plugins). In real Jira it extends {@code org.ofbiz.core.util.GeneralException}.
 */
public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;

    public GenericEntityException(String message) {
        super(message);
    }
}
